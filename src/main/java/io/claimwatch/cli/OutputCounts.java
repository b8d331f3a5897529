package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Counts what the job has produced, read back from its outputs (committed records only). */
final class OutputCounts implements AutoCloseable {

    /** A snapshot of the outputs. */
    record Counts(long enriched, long duplicates, long deadLettered, long indexed) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EntityTally entities = new EntityTally();
    private long claims;
    private long counterclaims;

    private final KafkaConsumer<byte[], byte[]> enrichedConsumer;
    private final KafkaConsumer<byte[], byte[]> dlqConsumer;
    private final EsConnection.Clients es;
    private final String index;
    private long enriched;
    private long duplicates;
    private long deadLettered;

    private final String bootstrap;
    private final String alertsTopic;

    OutputCounts(String bootstrap, String enrichedTopic, String dlqTopic, String alertsTopic, String elasticsearchUrl, String index) {
        this.bootstrap = bootstrap;
        this.alertsTopic = alertsTopic;
        this.enrichedConsumer = consumer(bootstrap, enrichedTopic);
        this.dlqConsumer = consumer(bootstrap, dlqTopic);
        this.es = EsConnection.local(elasticsearchUrl).open();
        this.index = index;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        TopicReader.fromBeginning(c, topic);
        return c;
    }

    /** The entities named by the most articles so far, most first, as "name (TYPE) ×n". */
    List<String> topEntities(int n) {
        return entities.top(n);
    }

    int distinctEntities() {
        return entities.distinct();
    }

    /** Alerts on the alerts topic (committed), by reason (an alert with two reasons counts under both). */
    String alertSummary() {
        Map<String, Integer> byType = new java.util.TreeMap<>();
        int[] total = {0};
        try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap, alertsTopic)) {
            TopicReader.toEnd(c, alertsTopic, Duration.ofSeconds(10), r -> {
                total[0]++;
                try {
                    AlertsCommand.types(JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                            .forEach(t -> byType.merge(t, 1, Integer::sum));
                } catch (Exception e) {
                    byType.merge("unreadable", 1, Integer::sum);
                }
            });
        }
        return total[0] + " fired" + (byType.isEmpty() ? "" : " " + byType) + " (claimwatch alerts shows them)";
    }

    /** Claims and counterclaims in the enriched articles read so far, and links in the links index. */
    String statementSummary(String linksIndex) {
        long links;
        try {
            es.sync().indices().refresh(r -> r.index(linksIndex));
            links = es.sync().count(c -> c.index(linksIndex)).count();
        } catch (Exception e) {
            links = 0;
        }
        return claims + " claims, " + counterclaims + " counterclaims; " + links + " contested-claim link(s) across outlets";
    }

    Counts poll() {
        for (ConsumerRecord<byte[], byte[]> r : enrichedConsumer.poll(Duration.ofMillis(200))) {
            try {
                JsonNode n = JSON.readTree(new String(r.value(), StandardCharsets.UTF_8));
                if ("duplicate".equals(n.path("type").asText())) {
                    duplicates++;
                } else {
                    enriched++;
                    entities.add(n);
                    claims += n.path("claim_count").asLong();
                    counterclaims += n.path("counterclaim_count").asLong();
                }
            } catch (Exception e) {
                enriched++;
            }
        }
        deadLettered += dlqConsumer.poll(Duration.ofMillis(100)).count();
        long indexed;
        try {
            es.sync().indices().refresh(r -> r.index(index));
            indexed = es.sync().count(c -> c.index(index)).count();
        } catch (Exception e) {
            indexed = 0;
        }
        return new Counts(enriched, duplicates, deadLettered, indexed);
    }

    @Override
    public void close() throws Exception {
        enrichedConsumer.close();
        dlqConsumer.close();
        es.close();
    }
}
