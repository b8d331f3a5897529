package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad subscription is refused before anything is sent (no broker is reachable here: none is needed). */
class SubscribeCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.exit()), r.out(), r.err()};
    }

    @Test
    void badFlagsAreRefusedWithEveryProblemNamed() {
        String[] r = run("subscribe", "--bootstrap-servers", "127.0.0.1:1", "--id", "desk 1", "--entity", "kyiv", "--min-score", "3",
                "--type", "weather");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("id:") && r[2].contains("min_score:") && r[2].contains("types:"), r[2]);
        assertTrue(r[2].contains("Nothing was sent"), r[2]);
    }

    @Test
    void aFileWithOneBadSubscriptionSendsNone() throws Exception {
        Path f = dir.resolve("subs.yaml");
        Files.writeString(f, "- id: good\n  entities: [kyiv]\n- id: bad\n  labels: [rumour]\n  entities: [kyiv]\n");
        String[] r = run("subscribe", "--bootstrap-servers", "127.0.0.1:1", "--file", f.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("subscription 'bad' refused") && r[2].contains("rumour"), r[2]);
        assertTrue(r[1].isEmpty(), "nothing saved: " + r[1]);
    }
}
