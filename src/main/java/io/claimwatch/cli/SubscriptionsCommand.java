package io.claimwatch.cli;

import io.claimwatch.alerts.AlertType;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionParser;
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
        EnrichConfig config = kafka.reachable();
        Map<String, SubscriptionParser.Result> subs = new SubscriptionTopic(kafka.servers(config), config.kafka().properties(),
                kafka.topics(config).name(TopicCatalog.SUBSCRIPTIONS)).definitions();
        if (subs.isEmpty()) {
            System.out.println("no subscriptions (add one with: claimwatch subscribe --id ID --entity NAME)");
            return 0;
        }
        for (SubscriptionParser.Result r : subs.values()) {
            Subscription s = r.subscription();
            List<String> watch = new ArrayList<>();
            if (!s.entities().isEmpty()) {
                watch.add("entities " + withNames(s.entities(), r.resolved()));
            }
            if (!s.claimers().isEmpty()) {
                watch.add("claimers " + withNames(s.claimers(), r.resolved()));
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
            System.out.println(TerminalText.line(String.format("%-20s %s; types %s -> %s%s", s.id(), String.join("; ", watch),
                    String.join(",", s.types().stream().map(AlertType::json).toList()), s.topic(),
                    s.maxPerHour() > 0 ? " (max " + s.maxPerHour() + "/h)" : "")));
        }
        return 0;
    }

    /** "karvisk, vladimir-putin (from 'Poutine')": each watched id, with the name it was given as. */
    static String withNames(List<String> values, Map<String, String> resolved) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            List<String> given = resolved.entrySet().stream().filter(e -> e.getValue().equals(v)).map(e -> "'" + e.getKey() + "'").toList();
            out.add(given.isEmpty() ? v : v + " (from " + String.join(", ", given) + ")");
        }
        return String.join(", ", out);
    }
}
