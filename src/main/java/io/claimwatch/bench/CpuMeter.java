package io.claimwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM (the Flink job, and on the embedded stack the Kafka broker too) and of the
 * whole machine (Linux {@code /proc/stat}; unknown elsewhere), so a run can say how many cores went to
 * the job, to Elasticsearch and to everything else on the machine.
 */
public final class CpuMeter {

    /**
     * CPU milliseconds used so far; {@code machineBusyMs} is -1 where the machine's total is unknown;
     * {@code byThread} holds the CPU of this JVM's live threads, grouped by name (subtask numbers removed).
     */
    public record Reading(long wallMs, long jvmCpuMs, long machineBusyMs, java.util.Map<String, Long> byThread) {}

    private static final long TICK_MS = 10; // USER_HZ = 100 on Linux

    private CpuMeter() {}

    public static Reading read() {
        long jvm = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            jvm = os.getProcessCpuTime() / 1_000_000;
        }
        java.util.Map<String, Long> groups = threadGroups();
        vmThreads(Path.of("/proc/self/task")).forEach((g, ms) -> groups.merge(g, ms, Long::sum));
        return new Reading(System.currentTimeMillis(), jvm, machineBusyMs(), groups);
    }

    /** The group of the JIT compiler's threads (C1 and C2), which the JVM does not list as Java threads. */
    public static final String JIT = "JIT compiler";
    /** The group of the garbage collector's threads. */
    public static final String GC = "garbage collector";

    /**
     * CPU ms of the JVM's own native threads (Linux {@code /proc/self/task}): the JIT compiler and the
     * garbage collector, which the thread MXBean does not see; empty elsewhere. A fresh JVM running
     * Flink, Kafka and the sinks compiles for minutes, and on a small machine that is a large share.
     */
    static java.util.Map<String, Long> vmThreads(Path tasks) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try (var dirs = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String group = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? JIT
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("ParGC") ? GC : null;
                    if (group != null) {
                        out.merge(group, threadCpuMs(stat), Long::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** utime + stime of one /proc task stat line, in ms (the name in parentheses may hold spaces). */
    static long threadCpuMs(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
    }

    /** CPU ms of the live threads by group: "annotate (2/2)#0" and "annotate (1/2)#0" are one "annotate". */
    static java.util.Map<String, Long> threadGroups() {
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        if (!threads.isThreadCpuTimeSupported()) {
            return out;
        }
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (ns > 0) {
                out.merge(group(info.getThreadName()), ns / 1_000_000, Long::sum);
            }
        }
        return out;
    }

    static String group(String threadName) {
        String g = threadName.replaceAll(" \\(\\d+/\\d+\\)(#\\d+)?", "").replaceAll("[-#]\\d+$", "").replaceAll("-\\d+(-|$)", "$1");
        return g.length() > 90 ? g.substring(0, 89) + "…" : g;
    }

    /** Cores each thread group used between two readings, most first (threads that ended in between are missed). */
    public static java.util.List<java.util.Map.Entry<String, Double>> groupCores(Reading before, Reading after) {
        double wall = after.wallMs() - before.wallMs();
        java.util.List<java.util.Map.Entry<String, Double>> out = new java.util.ArrayList<>();
        if (wall <= 0) {
            return out;
        }
        after.byThread().forEach((g, ms) -> {
            double d = (ms - before.byThread().getOrDefault(g, 0L)) / wall;
            if (d > 0) {
                out.add(java.util.Map.entry(g, d));
            }
        });
        out.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return out;
    }

    /** user + nice + system + irq + softirq + steal of the "cpu" line of /proc/stat, in ms; -1 when unreadable. */
    static long machineBusyMs() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            return parseBusyMs(first);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long parseBusyMs(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 8) {
            return -1;
        }
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            busy += Long.parseLong(f[i]);
        }
        if (f.length > 8) {
            busy += Long.parseLong(f[8]);
        }
        return busy * TICK_MS;
    }
}
