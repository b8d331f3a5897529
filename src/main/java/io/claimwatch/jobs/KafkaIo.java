package io.claimwatch.jobs;

import io.claimwatch.connectors.elasticsearch.BulkSettings;
import io.claimwatch.alerts.Alert;
import io.claimwatch.connectors.elasticsearch.ElasticsearchSink;
import io.claimwatch.connectors.kafka.AlertRecordSerializer;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.kafka.JsonRecordSerializer;
import io.claimwatch.connectors.kafka.KafkaRejectedDocuments;
import io.claimwatch.connectors.kafka.RawRecordDeserializer;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.model.EsAction;
import io.claimwatch.model.JsonRecord;
import io.claimwatch.model.RawRecord;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production ends of the enrich job: the articles topic in, the enriched and dead-letter topics
 * out with exactly-once transactions, and the Elasticsearch sink.
 */
public class KafkaIo implements EnrichJob.Io {

    private final EnrichConfig config;
    private final TopicCatalog topics;
    private final boolean bounded;

    /** @param bounded read up to the offsets present at start, then finish (demo --once, tests) */
    public KafkaIo(EnrichConfig config, boolean bounded) {
        this.config = config;
        this.topics = TopicCatalog.load(config.kafka().topicPrefix());
        this.bounded = bounded;
    }

    public TopicCatalog topics() {
        return topics;
    }

    @Override
    public DataStream<RawRecord> source(StreamExecutionEnvironment env) {
        KafkaSourceBuilder<RawRecord> builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(topics.name(TopicCatalog.ARTICLES))
                .setGroupId(config.kafka().groupId())
                // Committed offsets first: a resubmitted job goes on where it stopped instead of replaying.
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperties(clientProperties())
                // Producers that write articles in transactions (the feed follower) must not have an
                // aborted article read: only committed records are articles.
                .setProperty("isolation.level", "read_committed");
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "Kafka articles")
                .uid("articles-source");
    }

    @Override
    public Sink<JsonRecord> enrichedSink() {
        return kafkaSink(topics.name(TopicCatalog.ARTICLES_ENRICHED), "enriched");
    }

    @Override
    public Sink<JsonRecord> statementsSink() {
        return kafkaSink(topics.name(TopicCatalog.STATEMENTS), "statements");
    }

    @Override
    public DataStream<RawRecord> subscriptions(StreamExecutionEnvironment env) {
        // Always the whole compacted topic: the job rebuilds its view of the subscriptions from it.
        KafkaSourceBuilder<RawRecord> builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(topics.name(TopicCatalog.SUBSCRIPTIONS))
                .setGroupId(config.kafka().groupId() + "-subscriptions")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RawRecordDeserializer())
                .setProperties(clientProperties());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "Kafka subscriptions")
                .uid("subscriptions-source");
    }

    @Override
    public Sink<JsonRecord> subscriptionsDeadLetterSink() {
        return kafkaSink(topics.name(TopicCatalog.SUBSCRIPTIONS_DLQ), "subscriptions-dlq");
    }

    @Override
    public Sink<Alert> alertsSink() {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setKafkaProducerConfig(producerProperties())
                .setRecordSerializer(new AlertRecordSerializer(config.kafka().topicPrefix()))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(config.kafka().transactionalIdPrefix() + "-alerts")
                .build();
    }

    @Override
    public Sink<JsonRecord> deadLetterSink() {
        return kafkaSink(topics.name(TopicCatalog.ARTICLES_DLQ), "dlq");
    }

    @Override
    public Sink<EsAction> indexSink() {
        return new ElasticsearchSink(EsConnection.of(config.elasticsearch()), BulkSettings.of(config.elasticsearch().bulk()),
                new KafkaRejectedDocuments(config.kafka().bootstrapServers(), config.kafka().properties(),
                        topics.name(TopicCatalog.ARTICLES_DLQ), config.pipeline().maxArticleBytes()));
    }

    private Properties producerProperties() {
        Properties producer = clientProperties();
        producer.setProperty("transaction.timeout.ms", Long.toString(config.kafka().transactionTimeoutMs()));
        producer.putIfAbsent("max.request.size", Long.toString(EnrichConfig.DEFAULT_MAX_REQUEST_SIZE));
        return producer;
    }

    private Sink<JsonRecord> kafkaSink(String topic, String role) {
        return KafkaSink.<JsonRecord>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setKafkaProducerConfig(producerProperties())
                .setRecordSerializer(new JsonRecordSerializer(topic))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(config.kafka().transactionalIdPrefix() + "-" + role)
                .build();
    }

    private Properties clientProperties() {
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        return p;
    }
}
