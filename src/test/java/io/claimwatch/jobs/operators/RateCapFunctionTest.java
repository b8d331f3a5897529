package io.claimwatch.jobs.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.AlertType;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** A subscription's hourly cap: what is over it comes out as one summary at the end of the hour. */
class RateCapFunctionTest {

    private static Alert alert(String id, int cap) {
        return new Alert(id, List.of(AlertType.STATEMENT), "desk", "claimwatch.alerts", cap, 1000, "summary of " + id, List.of(id + ":0"),
                List.of(id), List.of(), List.of(), "{}");
    }

    @Test
    void alertsOverTheCapAreSummarisedWhenTheHourEnds() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Alert, Alert> h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new RateCapFunction(20), Alert::subscriptionId, Types.STRING)) {
            h.setProcessingTime(10_000);
            for (String id : List.of("a", "b", "c", "d")) {
                h.processElement(alert(id, 2), 1000);
            }
            assertEquals(List.of("a", "b"), h.extractOutputValues().stream().map(Alert::id).toList());

            h.setProcessingTime(3_600_000); // the hour ends
            List<Alert> out = h.extractOutputValues();
            assertEquals(3, out.size());
            Alert summary = out.get(2);
            assertEquals(AlertType.SUMMARY, summary.type());
            assertEquals(List.of("c", "d"), summary.articleIds(), "nothing over the cap is lost");
            assertTrue(summary.summary().startsWith("2 more alert(s)"), summary.summary());
        }
    }

    @Test
    void noCapLetsEverythingThrough() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Alert, Alert> h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new RateCapFunction(20), Alert::subscriptionId, Types.STRING)) {
            for (int i = 0; i < 5; i++) {
                h.processElement(alert("x" + i, 0), 1000);
            }
            assertEquals(5, h.extractOutputValues().size());
        }
    }
}
