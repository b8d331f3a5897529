package io.claimwatch.connectors.kafka;

import io.claimwatch.model.JsonRecord;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes a {@link JsonRecord} to one topic, keyed so that records of one article share a partition. */
public final class JsonRecordSerializer implements KafkaRecordSerializationSchema<JsonRecord> {

    private final String topic;

    public JsonRecordSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(JsonRecord record, KafkaSinkContext context, Long timestamp) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        // Record time = when it is written (topic retention counts from it), not an article's event time.
        return new ProducerRecord<>(topic, null, null, key, record.utf8());
    }
}
