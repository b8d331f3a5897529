package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.connectors.kafka.TopicReader;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints alerts as readable lines (or JSON), the ones already there and, with --follow, new ones. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Show alerts from an alerts topic (committed ones only).")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--follow", description = "keep waiting for new alerts (Ctrl-C stops)")
    boolean follow;

    @Option(names = "--subscription", description = "only this subscription's alerts")
    String subscription;

    @Option(names = "--topic", description = "the alerts topic (default claimwatch.alerts, with the deployment's prefix)")
    String topic;

    @Option(names = "--json", description = "print the raw JSON of each alert")
    boolean json;

    @Override
    public Integer call() {
        EnrichConfig config = kafka.reachable();
        String name = topic != null ? config.kafka().topicPrefix() + topic : kafka.topics(config).name(TopicCatalog.ALERTS);
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.servers(config));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        ObjectMapper mapper = new ObjectMapper();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = TopicReader.fromBeginning(c, name);
            var end = c.endOffsets(parts);
            if (!follow) {
                System.err.println("alerts on " + name + ":");
            } else {
                System.err.println("following alerts on " + name + " (Ctrl-C stops)");
            }
            while (follow || parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    String value = new String(r.value(), StandardCharsets.UTF_8);
                    JsonNode a;
                    try {
                        a = mapper.readTree(value);
                    } catch (Exception e) {
                        continue;
                    }
                    if (subscription != null && !subscription.equals(a.path("subscription_id").asText())) {
                        continue;
                    }
                    System.out.println(json ? TerminalText.json(a) : line(a));
                }
            }
        }
        return 0;
    }

    /**
     * "2026-03-01T10:00:00Z [counterclaim] desk-1: Counterclaim by ... | article bw-002 | https://...": the
     * summary quotes article text, so the whole line goes through {@link TerminalText}.
     */
    /** Every reason the alert matched ({@code types}); alerts of schema 1 had one {@code type}. */
    static List<String> types(JsonNode a) {
        List<String> types = texts(a.path("types"));
        return types.isEmpty() && a.hasNonNull("type") ? List.of(a.path("type").asText()) : types;
    }

    static String line(JsonNode a) {
        StringBuilder b = new StringBuilder();
        b.append(a.path("time").asText()).append(" [").append(String.join(", ", types(a))).append("] ")
                .append(a.path("subscription_id").asText()).append(": ").append(a.path("summary").asText());
        List<String> articles = texts(a.path("article_ids"));
        if (!articles.isEmpty()) {
            b.append(" | article").append(articles.size() > 1 ? "s " : " ").append(String.join(", ", articles));
        }
        List<String> urls = texts(a.path("urls"));
        if (!urls.isEmpty()) {
            b.append(" | ").append(String.join(" ", urls));
        }
        return TerminalText.line(b.toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual() && !n.asText().isBlank() && !out.contains(n.asText())) {
                out.add(n.asText());
            }
        });
        return out;
    }
}
