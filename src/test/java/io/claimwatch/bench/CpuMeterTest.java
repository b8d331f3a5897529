package io.claimwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void compilerAndCollectorThreadsAreReadFromTheTaskFolderWhoseNamesHoldSpaces(@TempDir Path tasks) throws Exception {
        // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        task(tasks, "101", "C2 CompilerThre", 300, 20);
        task(tasks, "102", "C1 CompilerThre", 50, 5);
        task(tasks, "103", "GC Thread#0", 40, 2);
        task(tasks, "104", "G1 Conc#0", 7, 1);
        task(tasks, "105", "annotate (1/2)", 900, 9); // a Java thread: the MXBean counts it, not this
        task(tasks, "106", "odd ) name)", 1, 1);
        Files.createDirectories(tasks.resolve("107")); // ended before its stat was read
        Map<String, Long> vm = CpuMeter.vmThreads(tasks);
        assertEquals((300 + 20 + 50 + 5) * 10L, vm.get(CpuMeter.JIT));
        assertEquals((40 + 2 + 7 + 1) * 10L, vm.get(CpuMeter.GC));
        assertEquals(2, vm.size(), "only the compiler and the collector: " + vm);
    }

    @Test
    void aMissingTaskFolderGivesNoVmThreadsInsteadOfFailing() {
        assertTrue(CpuMeter.vmThreads(Path.of("/no/such/task/folder")).isEmpty());
    }

    private static void task(Path tasks, String tid, String name, long utime, long stime) throws Exception {
        Path dir = Files.createDirectories(tasks.resolve(tid));
        Files.writeString(dir.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 30 0 500 0 0 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n");
    }
}
