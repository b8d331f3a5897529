package io.claimwatch.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The follower's memory on Kafka: the compacted ledger topic (key = feed + item id), the compacted
 * status topic (key = feed id), and the articles topic it sends to.
 *
 * <p>Every write is a Kafka transaction: an article and its ledger entry are committed together, so
 * a kill at any moment leaves either both or neither (read_committed consumers never see an
 * article whose transaction did not commit). The transactional id names the follower: when a
 * second follower with the same name starts (a restart, another machine), Kafka aborts what the
 * first left open and fences it, so the first can no longer write and stops, and the second reads
 * the ledger only after that — two followers never both send an item.
 */
public final class KafkaFeedStore implements FeedStore {

    /** The three topics, by full name. */
    public record Topics(String articles, String ledger, String status) {}

    /** How long reading the ledger to its end may take at start. */
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrap;
    private final Map<String, String> clientProperties;
    private final Topics topics;
    private final KafkaProducer<byte[], byte[]> producer;

    /**
     * Opens the store and takes over the follower name {@code transactionalId} (what a previous
     * holder left open is aborted).
     */
    public KafkaFeedStore(String bootstrap, Map<String, String> clientProperties, Topics topics, String transactionalId,
            long maxRequestBytes) throws StoreException {
        this.bootstrap = bootstrap;
        this.clientProperties = clientProperties;
        this.topics = topics;
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        // An item's transaction takes milliseconds; what a killed follower leaves open is aborted
        // by its successor at once, or by the broker after this long.
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Long.toString(maxRequestBytes));
        KafkaProducer<byte[], byte[]> created = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        try {
            created.initTransactions();
        } catch (KafkaException e) {
            created.close(Duration.ZERO);
            throw new StoreException("cannot start Kafka transactions as '" + transactionalId + "' on " + bootstrap + ": "
                    + e.getMessage(), true, e);
        }
        this.producer = created;
    }

    @Override
    public Snapshot load() throws StoreException {
        Map<String, LedgerEntry> ledger = new HashMap<>();
        Map<String, FeedStatus> statuses = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap, clientProperties)) {
            readAll(c, topics.ledger(), LOAD_TIMEOUT, (key, value) -> {
                if (value == null) {
                    ledger.remove(key);
                    return;
                }
                LedgerEntry e = LedgerEntry.fromJson(key, value);
                if (e != null) {
                    ledger.put(key, e);
                }
            });
            readAll(c, topics.status(), LOAD_TIMEOUT, (key, value) -> putStatus(statuses, key, value));
        }
        return new Snapshot(ledger, statuses);
    }

    @Override
    public synchronized void record(LedgerEntry entry, byte[] article) throws StoreException {
        inTransaction(() -> {
            if (article != null) {
                producer.send(new ProducerRecord<>(topics.articles(), null, article));
            }
            producer.send(new ProducerRecord<>(topics.ledger(), utf8(entry.key()), entry.toJson()));
        });
    }

    @Override
    public synchronized void saveStatus(FeedStatus status) throws StoreException {
        inTransaction(() -> producer.send(new ProducerRecord<>(topics.status(), utf8(status.feedId()), status.toJson())));
    }

    private void inTransaction(Runnable sends) throws StoreException {
        try {
            producer.beginTransaction();
            sends.run();
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new StoreException("another follower with the same name has taken over (its Kafka transactions fenced this"
                    + " one); this one stops", true, e);
        } catch (AuthorizationException | UnsupportedVersionException e) {
            throw new StoreException("Kafka refuses the follower's transactions: " + e.getMessage(), true, e);
        } catch (KafkaException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailed) {
                throw new StoreException("Kafka write failed and could not be rolled back: " + e.getMessage(), true, e);
            }
            throw new StoreException("Kafka write failed (nothing was sent): " + e.getMessage(), false, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** The feed statuses on the status topic (for {@code claimwatch status}); empty when the topic does not exist. */
    public static Map<String, FeedStatus> readStatuses(String bootstrap, Map<String, String> clientProperties, String statusTopic,
            Duration timeout) throws StoreException {
        Map<String, FeedStatus> out = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap, clientProperties)) {
            readAll(c, statusTopic, timeout, (key, value) -> putStatus(out, key, value));
        }
        return out;
    }

    private static void putStatus(Map<String, FeedStatus> statuses, String key, byte[] value) {
        if (value == null) {
            statuses.remove(key);
            return;
        }
        FeedStatus s = FeedStatus.fromJson(value);
        if (s != null) {
            statuses.put(key, s);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, Map<String, String> clientProperties) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Every committed record of the topic, to the end it has now (the last stable offset); throws
     * when the end is not reached in time, because a ledger read in part would resend items.
     */
    private static void readAll(KafkaConsumer<byte[], byte[]> consumer, String topic, Duration timeout,
            BiConsumer<String, byte[]> each) throws StoreException {
        try {
            List<TopicPartition> parts = consumer.partitionsFor(topic, timeout.compareTo(Duration.ofSeconds(15)) < 0 ? timeout : Duration.ofSeconds(15)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            if (parts.isEmpty()) {
                return; // not created yet: nothing remembered
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new StoreException("could not read " + topic + " to its end within " + timeout.toSeconds() + " s", true, null);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null) {
                        each.accept(new String(r.key(), StandardCharsets.UTF_8), r.value());
                    }
                }
            }
        } catch (KafkaException e) {
            throw new StoreException("cannot read " + topic + ": " + e.getMessage(), true, e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
