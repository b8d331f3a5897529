package io.claimwatch.alerts;

import java.util.List;

/** An entity mentioned far above its baseline in an event-time window. */
public record Spike(String entityId, String entityName, long windowStart, long windowEnd, long mentions, double baseline,
        List<String> articleIds) {

    public Spike {
        articleIds = List.copyOf(articleIds);
    }
}
