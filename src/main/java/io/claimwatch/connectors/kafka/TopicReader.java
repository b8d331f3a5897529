package io.claimwatch.connectors.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a whole topic with an assigned consumer (no group): from the beginning, up to its current end. */
public final class TopicReader {

    private TopicReader() {}

    /** Assigns every partition of the topic and seeks to its beginning; returns the partitions. */
    public static List<TopicPartition> fromBeginning(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        return parts;
    }

    /**
     * Hands every record up to the end the topic has now (the last stable offset under read_committed)
     * to {@code each}; stops at {@code timeout} whatever is left.
     */
    public static void toEnd(KafkaConsumer<byte[], byte[]> consumer, String topic, Duration timeout,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        List<TopicPartition> parts = fromBeginning(consumer, topic);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(each);
        }
    }
}
