package io.claimwatch.connectors.flink;

/**
 * How a Flink job is doing, as its REST API reports it: state, restarts and the last failure's root
 * cause, and checkpoint health.
 *
 * @param lastFailure the root cause of the last failure ("Exception: message"), or null
 * @param lastFailureTime epoch millis of the last failure, or 0
 * @param checkpointsFailed as Flink counts them, including triggers refused while tasks were still
 *     starting (loading models), which are harmless
 * @param failedInARow checkpoints that failed after they were triggered, since the last completed one
 * @param lastFailedCheckpointId the last checkpoint that failed after it was triggered, or 0
 * @param lastCheckpointTime epoch millis when the last completed checkpoint was acknowledged, or 0
 * @param lastCheckpointBytes its full state size
 * @param lastCheckpointFailure why the last failed checkpoint failed, or null
 */
public record JobHealth(String jobId, String name, String state, long restarts, String lastFailure, long lastFailureTime,
        long checkpointsCompleted, long checkpointsFailed, long failedInARow, long lastCheckpointId, long lastCheckpointTime,
        long lastCheckpointBytes, long lastFailedCheckpointId, String lastCheckpointFailure) {

    /** RESTARTING, FAILING, or checkpoints failing: what an operator must look at. */
    public boolean troubled() {
        return state.equals("RESTARTING") || state.equals("FAILING") || state.equals("FAILED") || failedInARow > 0;
    }
}
