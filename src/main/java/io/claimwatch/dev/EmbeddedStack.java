package io.claimwatch.dev;

import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import java.time.Duration;
import java.util.Map;

/**
 * Kafka and Elasticsearch for the demo and the tests: real components on loopback, with their files
 * in the run's own folder, stopped together. Their addresses are published in the run file.
 */
public final class EmbeddedStack implements AutoCloseable {

    /** Elasticsearch takes the first free port of this range, as a default install would. */
    public static final String ELASTICSEARCH_PORTS = "9200-9299";

    private final EmbeddedKafka kafka;
    private final EmbeddedElasticsearch elasticsearch;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedElasticsearch elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Starts Kafka and an Elasticsearch node in {@code run}'s folder, and creates the catalog's topics
     * when one is given.
     */
    public static EmbeddedStack start(RunFolder run, TopicCatalog topics) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(run.dir("kafka"));
        try {
            run.publish("kafka", kafka.bootstrapServers());
            if (topics != null) {
                TopicAdmin.ensureTopics(kafka.bootstrapServers(), Map.of(), topics, (short) 1);
            }
            EmbeddedElasticsearch es = EmbeddedElasticsearch.start(run.path().resolve("elasticsearch"), ELASTICSEARCH_PORTS,
                    Duration.ofSeconds(120));
            run.publish("elasticsearch", es.url());
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
