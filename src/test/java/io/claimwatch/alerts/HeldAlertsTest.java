package io.claimwatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A burst over the hourly cap costs a counter and the first few ids, not every alert. */
class HeldAlertsTest {

    private static Alert alert(int i) {
        return new Alert("al-" + i, List.of(AlertType.STATEMENT), "desk", "claimwatch.alerts", 5, 1000L + i, "statement " + i,
                List.of("art-" + i + ":0"), List.of("art-" + i), List.of("https://x.example/" + i), List.of(), "{}");
    }

    @Test
    void thousandsOfHeldAlertsKeepACountAndTheFirstIds() {
        HeldAlerts h = HeldAlerts.of(alert(0));
        for (int i = 1; i < 5000; i++) {
            h = h.plus(alert(i), 20);
        }
        assertEquals(5000, h.count());
        assertEquals(20, h.alertIds().size());
        assertEquals("al-0", h.alertIds().get(0));
        assertEquals(20, h.articleIds().size());
        Alert summary = h.summary("desk", 7);
        assertEquals(AlertType.SUMMARY, summary.type());
        assertTrue(summary.summary().startsWith("5000 more alert(s) this hour over the cap of 5 (first 20 listed)"), summary.summary());
        assertTrue(summary.detail().contains("\"held\":5000"), summary.detail());
        assertEquals(5004L + 995, summary.time(), "the time of the newest held alert");
    }
}
