package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A command whose broker is not there says so within seconds, naming the address, where it came from, and the fix. */
class MissingBrokerTest {

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aMissingBrokerFailsFastWithTheAddressAndHowToSetIt() throws Exception {
        String at = "127.0.0.1:" + closedPort();
        long t0 = System.nanoTime();
        CliRun run = CliRun.of("subscriptions", "--bootstrap-servers", at);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(at) && run.err().contains("--bootstrap-servers") && run.err().contains("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS"),
                run.err());
        assertTrue(run.err().contains("from --bootstrap-servers"), "it says where the address came from: " + run.err());
        assertTrue(seconds < 12, "fails within seconds, not the client's default minute: " + seconds);
        System.out.printf("missing broker reported in %.1f s: %s%n", seconds, run.err().strip());
    }
}
