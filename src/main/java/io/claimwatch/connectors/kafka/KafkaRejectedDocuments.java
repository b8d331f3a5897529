package io.claimwatch.connectors.kafka;

import io.claimwatch.connectors.elasticsearch.RejectedDocuments;
import io.claimwatch.model.EsAction;
import io.claimwatch.model.RecordJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Documents Elasticsearch refuses, as dead letters ({@code INDEX_REJECTED}) on the articles'
 * dead-letter topic, keyed by document id. The index sink has its own idempotent producer (not the
 * job's transactions): a dead letter is written at least once, flushed before each checkpoint
 * completes, and may repeat after a restart (same key, same content).
 */
public final class KafkaRejectedDocuments implements RejectedDocuments {

    private final String bootstrapServers;
    private final Map<String, String> clientProperties;
    private final String topic;
    private final int maxOriginalBytes;

    /** @param maxOriginalBytes a refused document larger than this is cut (size and SHA-256 kept) */
    public KafkaRejectedDocuments(String bootstrapServers, Map<String, String> clientProperties, String topic, int maxOriginalBytes) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = Map.copyOf(clientProperties);
        this.topic = topic;
        this.maxOriginalBytes = maxOriginalBytes;
    }

    @Override
    public Writer open() {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        return new Writer() {
            @Override
            public void rejected(EsAction document, int status, String error, Consumer<Exception> onFailure) {
                String json = RecordJson.write(RecordJson.indexRejection(document, status, error, maxOriginalBytes));
                producer.send(new ProducerRecord<>(topic, document.id().getBytes(StandardCharsets.UTF_8),
                        json.getBytes(StandardCharsets.UTF_8)), (meta, e) -> {
                            if (e != null) {
                                onFailure.accept(e);
                            }
                        });
            }

            @Override
            public void flush() {
                producer.flush();
            }

            @Override
            public void close() {
                producer.close();
            }
        };
    }
}
