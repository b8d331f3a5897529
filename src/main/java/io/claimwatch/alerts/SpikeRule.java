package io.claimwatch.alerts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The mention-spike rule: an entity's mentions in the last window (sliding by one bucket) are a
 * spike when they reach {@code minMentions} and {@code factor} times its baseline, the average per
 * window over the {@code baselineWindows} windows before (at least 1, so a first burst needs
 * {@code factor} mentions and {@code minMentions}).
 */
public record SpikeRule(long bucketMillis, int windowBuckets, int baselineWindows, double factor, long minMentions)
        implements Serializable {

    public long windowMillis() {
        return bucketMillis * windowBuckets;
    }

    /** How far back bucket counts are needed. */
    public long historyMillis() {
        return windowMillis() * (baselineWindows + 1L);
    }

    /** The spike of the window ending at {@code windowEnd}, or null. Buckets are keyed by their start. */
    public Spike evaluate(String entityId, String name, Map<Long, Long> buckets, long windowEnd, List<String> articleIds) {
        long windowStart = windowEnd - windowMillis();
        long current = sum(buckets, windowStart, windowEnd);
        long before = sum(buckets, windowStart - windowMillis() * baselineWindows, windowStart);
        double baseline = (double) before / baselineWindows;
        if (current >= minMentions && current >= factor * Math.max(baseline, 1.0)) {
            return new Spike(entityId, name, windowStart, windowEnd, current, baseline, articleIds);
        }
        return null;
    }

    private static long sum(Map<Long, Long> buckets, long from, long to) {
        long n = 0;
        for (var e : buckets.entrySet()) {
            if (e.getKey() >= from && e.getKey() < to) {
                n += e.getValue();
            }
        }
        return n;
    }
}
