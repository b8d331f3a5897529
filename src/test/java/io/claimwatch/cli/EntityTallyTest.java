package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo summary counts an entity's articles as its entity page does: by id, whatever the spelling. */
class EntityTallyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static com.fasterxml.jackson.databind.JsonNode article(String... idNames) throws Exception {
        StringBuilder b = new StringBuilder("{\"entities\":[");
        for (int i = 0; i < idNames.length; i += 2) {
            b.append(i > 0 ? "," : "").append("{\"id\":\"").append(idNames[i]).append("\",\"name\":\"").append(idNames[i + 1])
                    .append("\",\"type\":\"LOC\"}");
        }
        return JSON.readTree(b.append("]}").toString());
    }

    @Test
    void spellingsOfOneIdAreOneEntityNamedAsMostArticlesNameIt() throws Exception {
        EntityTally t = new EntityTally();
        t.add(article("karvisk", "Karvisk", "oster", "Oster"));
        t.add(article("karvisk", "Karvysk"));
        t.add(article("karvisk", "Karvisk", "karvisk", "Karvisk"));
        t.add(article("karvisk", "Karvisk", "oster", "Oster"));
        assertEquals(2, t.distinct());
        assertEquals(List.of("Karvisk (LOC) ×4", "Oster (LOC) ×2"), t.top(5));
    }

    @Test
    void namesAreSafeToPrint() throws Exception {
        EntityTally t = new EntityTally();
        t.add(article("x", "X\\u001b]0;pwned\\u0007Corp"));
        assertEquals(List.of("XCorp (LOC) ×1"), t.top(1));
    }
}
