package io.claimwatch.alerts;

import java.util.List;

/**
 * One alert for one subscription: deterministic id (subscription, type and what triggered it), the
 * event time it is about, a readable summary line, and what triggered it.
 *
 * @param topic the Kafka topic it goes to (the subscription's, before the deployment's prefix)
 * @param maxPerHour the subscription's hourly cap (0 = none)
 * @param detail the triggering statement(s), link or entity figures as a JSON object
 */
public record Alert(String id, AlertType type, String subscriptionId, String topic, int maxPerHour, long time, String summary,
        List<String> statementIds, List<String> articleIds, List<String> urls, List<String> entityIds, String detail) {

    public Alert {
        statementIds = List.copyOf(statementIds);
        articleIds = List.copyOf(articleIds);
        urls = List.copyOf(urls);
        entityIds = List.copyOf(entityIds);
    }
}
