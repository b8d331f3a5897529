package io.claimwatch.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Sends raw article records to the articles topic, waiting for every acknowledgement. */
final class ArticleSender implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    ArticleSender(String bootstrap, Map<String, String> clientProperties, String topic) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** Sends the records of one file and returns once Kafka has acknowledged all of them. */
    void send(List<String> records) throws Exception {
        List<Future<RecordMetadata>> acks = records.stream()
                .map(r -> producer.send(new ProducerRecord<byte[], byte[]>(topic, r.getBytes(StandardCharsets.UTF_8))))
                .toList();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    void sendRaw(byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
