package io.claimwatch.cli;

import io.claimwatch.alerts.AlertType;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.model.StatementLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Lists the current subscriptions. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "List the current subscriptions.")
final class SubscriptionsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        EnrichConfig config = kafka.config();
        Map<String, Subscription> subs = new SubscriptionTopic(kafka.servers(config), config.kafka().properties(),
                kafka.topics(config).name(TopicCatalog.SUBSCRIPTIONS)).list();
        if (subs.isEmpty()) {
            System.out.println("no subscriptions (add one with: claimwatch subscribe --id ID --entity ENTITY-ID)");
            return 0;
        }
        for (Subscription s : subs.values()) {
            List<String> watch = new ArrayList<>();
            if (!s.entities().isEmpty()) {
                watch.add("entities " + String.join(",", s.entities()));
            }
            if (!s.claimers().isEmpty()) {
                watch.add("claimers " + String.join(",", s.claimers()));
            }
            if (!s.outlets().isEmpty()) {
                watch.add("outlets " + String.join(",", s.outlets()));
            }
            if (!s.labels().isEmpty()) {
                watch.add("labels " + String.join(",", s.labels().stream().map(StatementLabel::json).toList()));
            }
            if (s.minScore() > 0) {
                watch.add("score >= " + s.minScore());
            }
            System.out.printf("%-20s %s; types %s -> %s%s%n", s.id(), String.join("; ", watch),
                    String.join(",", s.types().stream().map(AlertType::json).toList()), s.topic(),
                    s.maxPerHour() > 0 ? " (max " + s.maxPerHour() + "/h)" : "");
        }
        return 0;
    }
}
