package io.claimwatch.connectors.kafka;

import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The compacted subscriptions topic as a small store: save, delete (tombstone) and list. */
public final class SubscriptionTopic {

    private final String bootstrap;
    private final Map<String, String> clientProperties;
    private final String topic;

    public SubscriptionTopic(String bootstrap, Map<String, String> clientProperties, String topic) {
        this.bootstrap = bootstrap;
        this.clientProperties = clientProperties;
        this.topic = topic;
    }

    public void save(Subscription s) throws Exception {
        save(s, Map.of());
    }

    /** Saves it with what the names the subscriber gave were resolved to. */
    public void save(Subscription s, Map<String, String> resolved) throws Exception {
        send(s.id(), SubscriptionParser.toJson(s, resolved).toString().getBytes(StandardCharsets.UTF_8));
    }

    public void delete(String id) throws Exception {
        send(id, null);
    }

    /** Sends raw bytes as they are (tests use it to put a bad definition on the topic). */
    public void send(String id, byte[] value) throws Exception {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, id.getBytes(StandardCharsets.UTF_8), value)).get();
        }
    }

    /** The current subscriptions: the latest valid definition per id, removed ones left out. */
    public Map<String, Subscription> list() {
        Map<String, Subscription> out = new LinkedHashMap<>();
        definitions().forEach((id, r) -> out.put(id, r.subscription()));
        return out;
    }

    /** The current subscriptions with what their names were resolved to, by id. */
    public Map<String, SubscriptionParser.Result> definitions() {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, SubscriptionParser.Result> out = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicReader.toEnd(c, topic, Duration.ofSeconds(30), r -> {
                String id = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
                if (id == null) {
                    return;
                }
                if (r.value() == null) {
                    out.remove(id);
                    return;
                }
                SubscriptionParser.Result parsed = SubscriptionParser.parse(new String(r.value(), StandardCharsets.UTF_8));
                if (parsed.ok()) {
                    out.put(id, parsed); // a bad one is dead-lettered by the job, which keeps the previous
                }
            });
        }
        return out;
    }
}
