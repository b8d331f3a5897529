package io.claimwatch.alerts;

import io.claimwatch.model.StatementLabel;
import java.util.List;

/**
 * What a subscriber watches and where its alerts go. Empty lists mean "any". A record of the
 * compacted subscriptions topic (key = id); a null value deletes it.
 *
 * @param checkworthyScore the score from which a claim about a watched entity is a CHECKWORTHY alert
 * @param maxPerHour alerts per hour before the rest is summarised (0 = no cap)
 */
public record Subscription(String id, String description, List<String> entities, List<String> claimers, List<String> outlets,
        List<StatementLabel> labels, double minScore, double checkworthyScore, List<AlertType> types, String topic,
        int maxPerHour) {

    public static final String DEFAULT_TOPIC = "claimwatch.alerts";

    public Subscription {
        entities = List.copyOf(entities);
        claimers = List.copyOf(claimers);
        outlets = List.copyOf(outlets);
        labels = List.copyOf(labels);
        types = List.copyOf(types);
    }

    public boolean wants(AlertType type) {
        return types.contains(type);
    }
}
