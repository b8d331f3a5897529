package io.claimwatch.connectors.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The topic specs of {@code connectors/kafka/topics.yaml}, with a deployment's name prefix applied. */
public final class TopicCatalog implements Serializable {

    public static final String ARTICLES = "articles";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String ARTICLES_ENRICHED = "articles-enriched";
    public static final String STATEMENTS = "statements";
    public static final String SUBSCRIPTIONS = "subscriptions";
    public static final String SUBSCRIPTIONS_DLQ = "subscriptions-dlq";
    public static final String ALERTS = "alerts";
    public static final String FEEDS_SENT = "feeds-sent";
    public static final String FEEDS_STATUS = "feeds-status";

    private static final String RESOURCE = "/connectors/kafka/topics.yaml";

    /** One topic: its full name, partition count and topic-level configuration. */
    public record TopicSpec(String name, int partitions, Map<String, String> config) implements Serializable {}

    private final Map<String, TopicSpec> byRole;

    private TopicCatalog(Map<String, TopicSpec> byRole) {
        this.byRole = byRole;
    }

    public static TopicCatalog load(String prefix) {
        try (InputStream in = TopicCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in).get("topics");
            Map<String, TopicSpec> specs = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                JsonNode t = e.getValue();
                Map<String, String> config = new LinkedHashMap<>();
                Optional.ofNullable(t.get("config")).ifPresent(c -> c.fields()
                        .forEachRemaining(ce -> config.put(ce.getKey(), ce.getValue().asText())));
                specs.put(e.getKey(), new TopicSpec((prefix == null ? "" : prefix) + t.get("name").asText(),
                        t.path("partitions").asInt(1), Map.copyOf(config)));
            });
            return new TopicCatalog(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TopicSpec spec(String role) {
        TopicSpec spec = byRole.get(role);
        if (spec == null) {
            throw new IllegalArgumentException("no topic with role '" + role + "' in " + RESOURCE);
        }
        return spec;
    }

    public String name(String role) {
        return spec(role).name();
    }

    public Iterable<TopicSpec> all() {
        return byRole.values();
    }
}
