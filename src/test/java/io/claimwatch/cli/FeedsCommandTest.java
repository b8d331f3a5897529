package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `claimwatch feeds` says before it needs Kafka: the feeds file is checked first. */
class FeedsCommandTest {

    @Test
    void theDefaultFileListsNoFeedsAndSaysWhatToDo() {
        CliRun run = CliRun.of("feeds", "--once", "--feeds", "config/feeds.yaml");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("lists no feeds; add some under 'feeds:'"), run.err());
    }

    @Test
    void aBadFileIsRefusedWithEveryProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feeds.yaml");
        Files.writeString(f, "feeds:\n  - url: not-a-url\n  - url: https://gazette.example/rss\n    interval: 1s\n");
        CliRun run = CliRun.of("feeds", "--feeds", f.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("feeds[0].url: 'not-a-url' is not an absolute http(s) URL"), run.err());
        assertTrue(run.err().contains("feeds[1].interval: 1000 ms is shorter than the minimum of 10 s"), run.err());
    }

    @Test
    void aBadFollowerNameIsAUsageError() {
        CliRun run = CliRun.of("feeds", "--name", "two words");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--name must be letters"), run.err());
    }
}
