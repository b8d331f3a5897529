package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.cli.CliRun;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.flink.JobHealth;
import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.dev.EmbeddedStack;
import io.claimwatch.dev.RunFolder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.legacy.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs on one machine do not collide, everything listens on loopback, the CLI finds the running
 * stack without flags, and a job in trouble is visible in {@code claimwatch status}.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class StackIsolationIT {

    @Test
    void aSecondStackUsesItsOwnNodeFolderAndPortsAndLeavesTheFirstAlone() throws Exception {
        String firstEs = SharedStack.elasticsearchUrl();
        Path firstFolder = SharedStack.run().path();
        try (RunFolder second = RunFolder.create("second"); EmbeddedStack stack = EmbeddedStack.start(second, null)) {
            assertNotEquals(firstEs, stack.elasticsearchUrl());
            assertNotEquals(SharedStack.bootstrapServers(), stack.bootstrapServers());
            assertNotEquals(firstFolder, second.path());
            assertEquals("claimwatch-" + second.path().getFileName(), clusterName(stack.elasticsearchUrl()),
                    "the second run talks to the node it started");
            assertEquals("claimwatch-" + firstFolder.getFileName(), clusterName(firstEs));
        }
        assertEquals("claimwatch-" + firstFolder.getFileName(), clusterName(firstEs), "the first node still runs");
        assertTrue(Files.isDirectory(firstFolder.resolve("elasticsearch")), "and keeps its folder");
    }

    @Test
    void everyListeningSocketOfTheStackIsOnLoopback() throws Exception {
        try (EmbeddedFlink flink = EmbeddedFlink.start(new Configuration(), 1, SharedStack.run().dir("flink-tmp-sockets"))) {
            assertTrue(new FlinkRest(flink.restUrl(), Duration.ofSeconds(5)).jobs().isEmpty());
            List<String> sockets = listening(ProcessHandle.current().pid());
            long esPid = Long.parseLong(Files.readString(SharedStack.run().path().resolve("elasticsearch/server.pid")).strip());
            sockets.addAll(listening(esPid));
            assertTrue(sockets.size() >= 6, "Kafka broker and controller, Flink REST, RPC and blob server, Elasticsearch: " + sockets);
            for (String s : sockets) {
                assertTrue(s.startsWith("127.0.0.1:") || s.startsWith("[::1]:"), "listening beyond loopback: " + s + " in " + sockets);
            }
            System.out.println("listening sockets (this JVM and its Elasticsearch node): " + sockets);
        }
    }

    @Test
    void statusAndAlertsFindTheRunningStackWithoutFlags() throws Exception {
        TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), TopicCatalog.load(""), (short) 1);
        CliRun status = CliRun.of("status");
        assertTrue(status.out().contains("Kafka " + SharedStack.bootstrapServers() + " (from the running test"), status.out() + status.err());
        assertTrue(status.out().contains("Elasticsearch [" + SharedStack.elasticsearchUrl() + "] (from the running test"), status.out());
        CliRun alerts = CliRun.of("alerts");
        assertEquals(0, alerts.exit(), alerts.err());
    }

    @Test
    void statusShowsAJobThatKeepsFailingWithItsCause() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, Integer.MAX_VALUE);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
        try (EmbeddedFlink flink = EmbeddedFlink.start(conf, 1, SharedStack.run().dir("flink-tmp-failing"))) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            env.fromSequence(1, Long.MAX_VALUE).map(n -> {
                if (n > 3) {
                    throw new IllegalStateException("record " + n + " is poison");
                }
                return n;
            }).addSink(new DiscardingSink<>());
            JobID job = flink.submit(env, "always-failing");
            FlinkRest rest = new FlinkRest(flink.restUrl(), Duration.ofSeconds(5));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            JobHealth h = rest.job(job.toHexString());
            while (h.restarts() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(300);
                h = rest.job(job.toHexString());
            }
            assertTrue(h.restarts() >= 2, "restarts: " + h);
            assertTrue(h.lastFailure().contains("IllegalStateException: record") && h.lastFailure().contains("is poison"), h.lastFailure());
            CliRun status = CliRun.of("status", "--flink-url", flink.restUrl());
            assertTrue(status.out().matches("(?s).*job always-failing " + job + ": (RESTARTING|RUNNING|INITIALIZING|CREATED).*"), status.out());
            assertTrue(status.out().contains("IllegalStateException: record"), status.out());
            assertTrue(status.out().matches("(?s).*restarts [1-9][0-9]*;.*"), status.out());
            System.out.println("status of a failing job:\n" + status.out().lines().filter(l -> l.contains("job ") || l.contains("restarts")
                    || l.contains("checkpoints")).reduce("", (a, b) -> a + b + "\n"));
            flink.cancel(job);
        }
    }

    private static String clusterName(String url) throws IOException {
        try (EsConnection.Clients es = EsConnection.local(url).open()) {
            return es.sync().cluster().health().clusterName();
        }
    }

    /** "address:port" of every TCP socket the process listens on (Linux /proc). */
    static List<String> listening(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !f[3].equals("0A") || !inodes.contains(f[9])) {
                    continue; // not a listening socket of this process
                }
                out.add(address(f[1]));
            }
        }
        return out;
    }

    /** /proc/net/tcp's "0100007F:1F90" → "127.0.0.1:8080" (IPv6 as "[::1]:8080"). */
    private static String address(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] raw = new byte[parts[0].length() / 2];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) Integer.parseInt(parts[0].substring(2 * i, 2 * i + 2), 16);
        }
        // The kernel prints each 32-bit word in host (little-endian) order.
        for (int w = 0; w < raw.length; w += 4) {
            byte t = raw[w];
            raw[w] = raw[w + 3];
            raw[w + 3] = t;
            t = raw[w + 1];
            raw[w + 1] = raw[w + 2];
            raw[w + 2] = t;
        }
        InetAddress a = InetAddress.getByAddress(raw);
        String host = a.isLoopbackAddress() && raw.length == 16 ? "[::1]" : raw.length == 16 ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        if (raw.length == 16 && isMappedLoopback(raw)) {
            host = "127.0.0.1";
        }
        return host + ":" + Integer.parseInt(parts[1], 16);
    }

    private static boolean isMappedLoopback(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return (raw[10] & 0xFF) == 0xFF && (raw[11] & 0xFF) == 0xFF && raw[12] == 127;
    }
}
