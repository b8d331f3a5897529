package io.claimwatch.cli;

import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.flink.JobHealth;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches a running job through Flink's REST API and prints, as readable lines, what an operator
 * must see at once: each restart with its root cause, and checkpoints that fail with their cause.
 * Without it a job in a restart loop looks like a frozen counter.
 */
final class JobMonitor implements AutoCloseable {

    private final FlinkRest rest;
    private final String jobId;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile JobHealth last;
    private long restartsSeen;
    private long failedCheckpointSeen;

    JobMonitor(String restUrl, String jobId, PrintStream out) {
        this.rest = new FlinkRest(restUrl, Duration.ofSeconds(5));
        this.jobId = jobId;
        this.out = out;
    }

    JobMonitor start() {
        timer.scheduleWithFixedDelay(this::poll, 2, 2, TimeUnit.SECONDS);
        return this;
    }

    /** The latest health read, or null before the first. */
    JobHealth last() {
        return last;
    }

    /** Reads the job's health now (after the job ended, say); the last one read when that fails. */
    JobHealth refresh() {
        poll();
        return last;
    }

    private void poll() {
        JobHealth h;
        try {
            h = rest.job(jobId);
        } catch (Exception e) {
            return; // the cluster is stopping or busy: the next poll tells
        }
        last = h;
        synchronized (this) {
            if (h.restarts() > restartsSeen) {
                restartsSeen = h.restarts();
                out.printf("%nJob restarted (%d restart%s so far), state %s; cause: %s%s%n", h.restarts(), h.restarts() == 1 ? "" : "s",
                        h.state(), h.lastFailure() == null ? "unknown" : h.lastFailure(),
                        h.lastFailureTime() > 0 ? " at " + Instant.ofEpochMilli(h.lastFailureTime()) : "");
            }
            if (h.lastFailedCheckpointId() > failedCheckpointSeen) {
                failedCheckpointSeen = h.lastFailedCheckpointId();
                out.printf("%nCheckpoint %d failed (%d in a row); cause: %s%n", h.lastFailedCheckpointId(), h.failedInARow(),
                        h.lastCheckpointFailure() == null ? "unknown" : h.lastCheckpointFailure());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
