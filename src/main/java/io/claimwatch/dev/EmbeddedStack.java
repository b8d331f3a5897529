package io.claimwatch.dev;

import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import java.time.Duration;
import java.util.Map;

/** Kafka and Elasticsearch for the demo: real components on loopback, stopped together. */
public final class EmbeddedStack implements AutoCloseable {

    public static final int ELASTICSEARCH_PORT = 9200;

    private final EmbeddedKafka kafka;
    private final EmbeddedElasticsearch elasticsearch;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /** The demo's stack: Elasticsearch on its usual port (or a free one), with the topics created. */
    public static EmbeddedStack start(TopicCatalog topics) throws Exception {
        return start("demo", ELASTICSEARCH_PORT, topics);
    }

    /**
     * Starts Kafka and an Elasticsearch node named {@code esName} (its work folder) on {@code esPort}
     * or a free port (0: any), and creates the catalog's topics when one is given.
     */
    public static EmbeddedStack start(String esName, int esPort, TopicCatalog topics) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        try {
            if (topics != null) {
                TopicAdmin.ensureTopics(kafka.bootstrapServers(), Map.of(), topics, (short) 1);
            }
            EmbeddedElasticsearch es = EmbeddedElasticsearch.start(esName, esPort, Duration.ofSeconds(120));
            return new EmbeddedStack(kafka, es);
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    @Override
    public void close() throws Exception {
        try {
            elasticsearch.close();
        } finally {
            kafka.close();
        }
    }
}
