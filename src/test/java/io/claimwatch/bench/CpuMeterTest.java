package io.claimwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void busyTimeCountsUserNiceSystemIrqSoftirqAndStealButNotIdleOrIowait() {
        // cpu user nice system idle iowait irq softirq steal
        assertEquals((100 + 5 + 50 + 3 + 2 + 1) * 10, CpuMeter.parseBusyMs("cpu  100 5 50 9000 400 3 2 1 0 0"));
        assertEquals(-1, CpuMeter.parseBusyMs("cpu0 1 2 3 4 5 6 7"), "only the machine's total line");
    }

    @Test
    void subtasksOfOneTaskAreOneGroup() {
        assertEquals("dedupe by content -> annotate", CpuMeter.group("dedupe by content -> annotate (2/2)#0"));
        assertEquals("dedupe by content -> annotate", CpuMeter.group("dedupe by content -> annotate (1/2)#3"));
        assertEquals("kafka-producer-network-thread | producer", CpuMeter.group("kafka-producer-network-thread | producer-12"));
        assertEquals("es-sink-retry", CpuMeter.group("es-sink-retry"));
    }

    @Test
    void groupCoresAreCpuOverWallTimeMostFirst() {
        var before = new CpuMeter.Reading(1000, 0, 0, Map.of("a", 100L, "b", 0L));
        var after = new CpuMeter.Reading(3000, 0, 0, Map.of("a", 1100L, "b", 1600L, "c", 200L));
        var cores = CpuMeter.groupCores(before, after);
        assertEquals("b", cores.get(0).getKey());
        assertEquals(0.8, cores.get(0).getValue(), 1e-9);
        assertEquals(0.5, cores.get(1).getValue(), 1e-9);
        assertTrue(cores.stream().anyMatch(e -> e.getKey().equals("c")), "a thread started in between counts from zero");
    }
}
