package io.claimwatch.connectors.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an operator is shown of a failure: its root cause, not Flink's wrapping. */
class FlinkRestTest {

    @Test
    void theRootCauseIsTheInnermostCausedByWithoutItsPackage() {
        String trace = "org.apache.flink.runtime.JobException: Recovery is suppressed\n\tat x.y(Z.java:1)\n"
                + "Caused by: org.apache.flink.util.FlinkRuntimeException: wrapped\n\tat a.b(C.java:2)\n"
                + "Caused by: java.io.IOException: Elasticsearch sink failed: status 413\n\tat d.e(F.java:3)\n";
        assertEquals("IOException: Elasticsearch sink failed: status 413", FlinkRest.rootCause(trace));
        assertEquals("IllegalStateException: boom", FlinkRest.rootCause("java.lang.IllegalStateException: boom\n\tat a.b(C.java:1)"));
    }

    @Test
    void checkpointsAbortedByAJobEndingAreNotFailures() {
        assertTrue(FlinkRest.isShutdownArtefact("Checkpoint Coordinator is suspending."));
        assertTrue(FlinkRest.isShutdownArtefact("Task name with subtask : x (1/2)#0 Failure reason: Checkpoint was declined (task is closing)"));
        assertTrue(FlinkRest.isShutdownArtefact("Checkpoint was declined (tasks not ready)"));
        assertTrue(FlinkRest.isShutdownArtefact("TaskManager received a checkpoint request for unknown task x_0_0. Failure reason: Task local"
                + " checkpoint failure."), "the task has finished or is not deployed yet");
        assertFalse(FlinkRest.isShutdownArtefact("Asynchronous task checkpoint failed."));
        assertFalse(FlinkRest.isShutdownArtefact("The job has failed."));
    }
}
