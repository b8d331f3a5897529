package io.claimwatch.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs never share a folder; a dead owner's folder is cleaned by the next start, a live one's never. */
class RunFolderTest {

    @TempDir
    Path root;
    private String before;

    @BeforeEach
    void pointRunsHere() {
        before = System.getProperty("claimwatch.runs.dir");
        System.setProperty("claimwatch.runs.dir", root.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("claimwatch.runs.dir");
        } else {
            System.setProperty("claimwatch.runs.dir", before);
        }
    }

    private static void fakeRun(Path folder, long pid, String started) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(RunFolder.RUN_FILE),
                "{\"kind\":\"demo\",\"pid\":" + pid + ",\"owner_started\":\"" + started + "\",\"addresses\":{\"kafka\":\"127.0.0.1:1\"}}");
    }

    @Test
    void eachRunHasItsOwnFolderAndRunFileWithItsAddresses() throws Exception {
        try (RunFolder a = RunFolder.create("demo"); RunFolder b = RunFolder.create("demo")) {
            assertFalse(a.path().equals(b.path()));
            a.publish("kafka", "127.0.0.1:40001");
            b.publish("kafka", "127.0.0.1:40002");
            var live = RunFolder.live();
            assertEquals(2, live.size());
            assertTrue(live.stream().anyMatch(r -> r.address("kafka").orElse("").equals("127.0.0.1:40001")));
            assertTrue(live.stream().allMatch(r -> r.pid() == ProcessHandle.current().pid()));
        }
        assertEquals(0, RunFolder.all().size(), "folders are removed when their runs end");
    }

    @Test
    void aDeadOwnersFolderIsRemovedAtTheNextStartAndALiveOnesIsKept() throws Exception {
        Path dead = root.resolve("demo-dead");
        fakeRun(dead, Integer.MAX_VALUE - 7, "2020-01-01T00:00:00Z"); // no such process
        Path reused = root.resolve("demo-reused");
        // Our own PID, but another start time: the PID was reused, the owner is gone.
        fakeRun(reused, ProcessHandle.current().pid(), "2020-01-01T00:00:00Z");
        Path live = root.resolve("demo-live");
        fakeRun(live, ProcessHandle.current().pid(), ProcessHandle.current().info().startInstant().orElseThrow().toString());
        Files.writeString(live.resolve("data.bin"), "a live run's data");

        try (RunFolder next = RunFolder.create("demo")) {
            assertFalse(Files.exists(dead), "the killed run's folder is cleaned");
            assertFalse(Files.exists(reused), "a reused PID does not keep a dead run's folder");
            assertTrue(Files.exists(live.resolve("data.bin")), "a live run's folder is never touched");
            assertEquals(2, RunFolder.live().size());
        }
    }
}
