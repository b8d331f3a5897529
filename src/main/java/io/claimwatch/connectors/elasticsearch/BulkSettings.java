package io.claimwatch.connectors.elasticsearch;

import io.claimwatch.jobs.EnrichConfig;
import java.io.Serializable;

/** Batching, concurrency and retry settings of the Elasticsearch sink. */
public record BulkSettings(int maxActions, long maxBytes, int maxInFlight, long flushIntervalMs,
        long backoffInitialMs, long backoffMaxMs) implements Serializable {

    public static BulkSettings of(EnrichConfig.Bulk b) {
        return new BulkSettings(b.maxActions(), b.maxBytes(), b.maxInFlight(), b.flushIntervalMs(),
                b.backoffInitialMs(), b.backoffMaxMs());
    }

    /** Exponential backoff: initial, doubled per attempt, capped. */
    public long backoffMillis(int attempt) {
        long delay = backoffInitialMs << Math.min(attempt, 20);
        return Math.min(delay, backoffMaxMs);
    }
}
