package io.claimwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the benchmark's raw records to its articles topic, all at once or at a fixed rate, and keeps
 * each record's timestamp as the broker acknowledged it (the bench's topic stamps records with their
 * log-append time, so this is when the record was appended).
 */
public final class ArticleFeeder implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final Map<String, Long> appendedAt = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public ArticleFeeder(String bootstrap, Map<String, String> clientProperties, String topic) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // One request in flight keeps file order without the idempotent producer, whose sequence numbers a
        // topic created a moment before sometimes refuses (OutOfOrderSequence) until the send times out.
        // A record sent twice after a retry is harmless here: the job drops it as a duplicate.
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        // A paced record leaves at once: the bench measures the job, not the producer's batching.
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
        awaitLeaders();
    }

    /** A topic just created has partitions without a leader for a moment: sending then only waits and retries. */
    private void awaitLeaders() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var parts = producer.partitionsFor(topic);
            if (!parts.isEmpty() && parts.stream().allMatch(i -> i.leader() != null && !i.leader().isEmpty())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends them all as fast as the producer goes and returns once every one is acknowledged. */
    public void sendAll(List<BenchArticle> articles, IntConsumer progress) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        for (BenchArticle a : articles) {
            acks.add(send(a));
        }
        int n = 0;
        for (Future<RecordMetadata> ack : acks) {
            await(ack);
            progress.accept(++n);
        }
        checkFailure();
    }

    /**
     * Sends one record every {@code 1/rate} seconds (a record late on its slot leaves at once, the
     * schedule does not drift); {@code sent} is told of each record as it leaves.
     */
    public void sendAtRate(List<BenchArticle> articles, double rate, java.util.function.Consumer<BenchArticle> sent)
            throws Exception {
        long t0 = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            long due = t0 + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sent.accept(articles.get(i));
            acks.add(send(articles.get(i)));
            checkFailure();
        }
        for (Future<RecordMetadata> ack : acks) {
            await(ack);
        }
        checkFailure();
    }

    private void await(Future<RecordMetadata> ack) throws Exception {
        try {
            ack.get(150, TimeUnit.SECONDS); // past the producer's own delivery timeout (120 s)
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge an article sent to " + topic + ": "
                    + (e.getCause() == null ? e : e.getCause()), e);
        }
    }

    private Future<RecordMetadata> send(BenchArticle a) {
        return producer.send(new ProducerRecord<>(topic, a.raw()), (meta, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            } else {
                appendedAt.put(a.id(), meta.timestamp());
            }
        });
    }

    private void checkFailure() throws Exception {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("cannot send articles to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Epoch millis the record of this article was appended, or null if it is not acknowledged (yet). */
    public Long appendedAt(String id) {
        return appendedAt.get(id);
    }

    @Override
    public void close() {
        producer.close();
    }
}
