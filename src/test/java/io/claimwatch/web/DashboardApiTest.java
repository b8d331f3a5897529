package io.claimwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the API words what it shows. */
class DashboardApiTest {

    @Test
    void aLinksReasonNamesItsEntities() {
        assertEquals("shared entities Halvard Mining Group, Lake Oster; shared words [dam, leak]; 25.3 h apart",
                DashboardApi.reasonWithNames("shared entities [halvard-mining-grup, lake-oster]; shared words [dam, leak]; 25.3 h apart",
                        Map.of("halvard-mining-grup", "Halvard Mining Group", "lake-oster", "Lake Oster")));
        assertEquals("shared entities unknown-id", DashboardApi.reasonWithNames("shared entities [unknown-id]", Map.of()),
                "an id without a name stays, without brackets");
        assertEquals("counterclaim names the claimer", DashboardApi.reasonWithNames("counterclaim names the claimer", Map.of()));
    }
}
