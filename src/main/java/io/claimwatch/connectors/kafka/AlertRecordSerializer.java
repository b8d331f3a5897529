package io.claimwatch.connectors.kafka;

import io.claimwatch.alerts.Alert;
import io.claimwatch.model.RecordJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes each alert to its subscription's topic (with the deployment's prefix), keyed by subscription. */
public final class AlertRecordSerializer implements KafkaRecordSerializationSchema<Alert> {

    private final String topicPrefix;

    public AlertRecordSerializer(String topicPrefix) {
        this.topicPrefix = topicPrefix;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
        // Record time = when the alert is sent, not the (possibly old) event time it is about: topic
        // retention counts from the record time and would otherwise drop alerts about old articles at once.
        return new ProducerRecord<>(topicPrefix + alert.topic(), null, null, alert.subscriptionId().getBytes(StandardCharsets.UTF_8),
                RecordJson.write(RecordJson.alert(alert)).getBytes(StandardCharsets.UTF_8));
    }
}
