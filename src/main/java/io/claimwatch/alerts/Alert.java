package io.claimwatch.alerts;

import java.util.List;

/**
 * One alert for one subscription and one trigger (a statement, a link, a spike, an hour's summary):
 * deterministic id (subscription and trigger), every reason it matched ({@code types}, the most
 * specific first), the event time it is about, a readable summary line, and what triggered it.
 *
 * @param topic the Kafka topic it goes to (the subscription's, before the deployment's prefix)
 * @param maxPerHour the subscription's hourly cap (0 = none)
 * @param detail the triggering statement(s), link or entity figures as a JSON object
 */
public record Alert(String id, List<AlertType> types, String subscriptionId, String topic, int maxPerHour, long time, String summary,
        List<String> statementIds, List<String> articleIds, List<String> urls, List<String> entityIds, String detail) {

    public Alert {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("an alert has at least one type");
        }
        statementIds = List.copyOf(statementIds);
        articleIds = List.copyOf(articleIds);
        urls = List.copyOf(urls);
        entityIds = List.copyOf(entityIds);
    }

    /** The most specific reason: what the summary line is about. */
    public AlertType type() {
        return types.get(0);
    }
}
