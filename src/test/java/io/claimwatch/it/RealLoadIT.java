package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.flink.JobHealth;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.jobs.KafkaIo;
import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.RecordJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real-news load with the demo's own settings: long articles in numbers never restart the job and
 * every checkpoint completes (in files, not in the JobManager); hostile single records each end in
 * one place without a restart. Figures are printed for the record, not asserted as timings.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 900)
class RealLoadIT {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void threeHundredLongArticlesAreAllIndexedWithNoRestartAndCompletingCheckpoints() throws Exception {
        PipelineHarness run = PipelineHarness.demoSettings("soak");
        List<String> articles = new NewsGenerator(11).articles("soak", 300, START);
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        long over50k = articles.stream().filter(a -> a.length() > 50_000).count();
        assertTrue(over50k >= 25, "some articles are over 50 KB: " + over50k);
        run.produce(articles);

        try (EmbeddedFlink flink = run.cluster()) {
            long t0 = System.nanoTime();
            JobID job = flink.submit(run.environment(new KafkaIo(run.config, false)), run.prefix + "enrich");
            FlinkRest rest = new FlinkRest(flink.restUrl(), Duration.ofSeconds(10));
            try {
                long indexed = TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= 300, Duration.ofSeconds(600));
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(300, indexed);
                JobHealth h = awaitCheckpoint(rest, job.toHexString());
                System.out.printf("soak: 300 articles (%d over 50 KB, %.1f MB) indexed in %.1f s (%.1f articles/s, job start included); "
                        + "restarts %d; checkpoints %d completed, %d refused while tasks started, last failed #%d; last checkpoint %d KB%n",
                        over50k, bytes / 1e6, seconds, 300 / seconds, h.restarts(), h.checkpointsCompleted(), h.checkpointsFailed(),
                        h.lastFailedCheckpointId(), h.lastCheckpointBytes() / 1024);
                assertEquals(0, h.restarts(), "no restart: " + h.lastFailure());
                assertEquals(0, h.lastFailedCheckpointId(), "no checkpoint failed: " + h.lastCheckpointFailure());
                assertTrue(h.checkpointsCompleted() >= 1);
                // The checkpoint seen above may have begun before the last records reached the Kafka sink;
                // those commit with the next one, so wait for them rather than cancel their transaction.
                EnrichPipelineIT.awaitRecords(run.enrichedTopic(), 300, Duration.ofSeconds(120));
            } finally {
                flink.cancel(job);
            }
        }
        List<JsonNode> enriched = EnrichPipelineIT.parse(TestKafka.readCommitted(run.enrichedTopic()));
        assertEquals(300, enriched.size(), "each article committed to the enriched topic exactly once");
        assertEquals(300, enriched.stream().map(e -> e.get("id").asText()).distinct().count());
        assertEquals(0, TestKafka.readCommitted(run.dlqTopic()).size());
        System.out.printf("soak: %d tokens, %d statements, largest enriched record %d KB%n",
                enriched.stream().mapToLong(e -> e.get("token_count").asLong()).sum(),
                enriched.stream().mapToLong(e -> e.get("statements").size()).sum(),
                enriched.stream().mapToLong(e -> e.toString().length()).max().orElse(0) / 1024);
    }

    @Test
    void poisonRecordsEachEndInOnePlaceAndNeverRestartTheJob() throws Exception {
        PipelineHarness run = PipelineHarness.demoSettings("poison");
        NewsGenerator gen = new NewsGenerator(5);
        List<String> good = Articles.stories("good", 20);
        String longId = "id-" + "x".repeat(600);
        String idPoison = Articles.article(longId, "Test Wire", Articles.storyText(92));
        String huge = withField(withField(Articles.article("huge", "Big Wire", gen.text(1, 900_000)), "url",
                "https://big.example/huge"), "id", "huge");
        String hugeUrl = withField(Articles.article("url-poison", "Test Wire", Articles.storyText(90)), "url",
                "https://x.example/" + "u".repeat(100_000));
        String future = withField(Articles.article("future", "Test Wire", Articles.storyText(91)), "published_at",
                "+999999-01-01T00:00:00Z");
        String nineMb = withField(Articles.article("nine-mb", "Test Wire", "word ".repeat(9 * 1024 * 1024 / 5)), "url",
                "https://x.example/nine");
        assertTrue(huge.length() > 850_000 && huge.length() < 1_000_000);

        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            sequence.add(good.get(i));
            if (i == 3) {
                sequence.add(idPoison);
            } else if (i == 6) {
                sequence.add(huge);
            } else if (i == 9) {
                sequence.add(hugeUrl);
            } else if (i == 12) {
                sequence.add(future);
            }
        }
        run.produce(sequence.subList(0, 10));
        sendCompressed(run.articlesTopic(), nineMb);
        run.produce(sequence.subList(10, sequence.size()));

        try (EmbeddedFlink flink = run.cluster()) {
            long t0 = System.nanoTime();
            JobID job = flink.submit(run.environment(new KafkaIo(run.config, false)), run.prefix + "enrich");
            FlinkRest rest = new FlinkRest(flink.restUrl(), Duration.ofSeconds(10));
            try {
                assertEquals(22, TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= 22, Duration.ofSeconds(300)));
                System.out.printf("poison: 20 good + 2 hostile-but-valid articles indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                JobHealth h = awaitCheckpoint(rest, job.toHexString());
                assertEquals(0, h.restarts(), "no restart: " + h.lastFailure());
                assertEquals(0, h.lastFailedCheckpointId(), "no checkpoint failed: " + h.lastCheckpointFailure());
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (TestKafka.readCommitted(run.dlqTopic()).size() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                EnrichPipelineIT.awaitRecords(run.enrichedTopic(), 22, Duration.ofSeconds(120));
            } finally {
                flink.cancel(job);
            }
        }
        List<JsonNode> dead = EnrichPipelineIT.parse(TestKafka.readCommitted(run.dlqTopic()));
        Map<String, String> reasons = dead.stream().collect(Collectors.toMap(d -> d.path("message").asText().contains("url")
                ? "url" : d.path("reason").asText(), d -> d.path("reason").asText(), (a, b) -> a + "," + b));
        assertEquals(3, dead.size(), dead.stream().map(d -> d.path("reason").asText() + ": " + d.path("message").asText()).toList().toString());
        assertEquals("FIELD_TOO_LONG", reasons.get("url"));
        assertEquals("BAD_DATE", reasons.get("BAD_DATE"));
        JsonNode tooLarge = dead.stream().filter(d -> d.path("reason").asText().equals("TOO_LARGE")).findFirst().orElseThrow();
        assertTrue(tooLarge.path("original_truncated").asBoolean(), "the 9 MB original is cut in its dead letter");
        assertEquals(nineMb.getBytes(StandardCharsets.UTF_8).length, tooLarge.path("original_size").asInt());
        System.out.printf("poison: dead letters %s; the 9 MB record's dead letter is %d KB%n",
                dead.stream().map(d -> d.path("reason").asText()).sorted().toList(), tooLarge.toString().length() / 1024);

        JsonNode hashed = TestElasticsearch.get(run.articlesIndex(), ArticleIds.hash(longId));
        assertNotNull(hashed, "the article with a 600-character id is indexed under its hash");
        assertEquals(longId, hashed.path("original_id").asText());
        JsonNode big = TestElasticsearch.get(run.articlesIndex(), "huge");
        assertNotNull(big, "the 900 KB article is indexed");
        assertTrue(big.path("truncated").path("analysed_chars").asInt() <= 100_000, big.path("truncated").toString());
        assertTrue(big.path("truncated").path("text_chars").asInt() > 800_000, big.path("truncated").toString());

        List<JsonNode> enriched = EnrichPipelineIT.parse(TestKafka.readCommitted(run.enrichedTopic()));
        assertEquals(22, enriched.size());
        assertEquals(22, enriched.stream().map(e -> e.get("id").asText()).distinct().count(), "each enriched exactly once");
        JsonNode bigRecord = enriched.stream().filter(e -> e.get("id").asText().equals("huge")).findFirst().orElseThrow();
        System.out.printf("poison: the 900 KB article: %d statements, %d tokens analysed, enriched record %d KB%n",
                bigRecord.get("statements").size(), bigRecord.get("token_count").asInt(), bigRecord.toString().length() / 1024);
    }

    /** Waits until a checkpoint completed after everything was indexed; returns the job's health then. */
    static JobHealth awaitCheckpoint(FlinkRest rest, String job) throws Exception {
        long before = rest.job(job).checkpointsCompleted();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobHealth h = rest.job(job);
        while (h.checkpointsCompleted() <= before && System.nanoTime() < deadline) {
            Thread.sleep(500);
            h = rest.job(job);
        }
        return h;
    }

    private static String withField(String json, String field, String value) throws Exception {
        ObjectNode o = (ObjectNode) RecordJson.MAPPER.readTree(json);
        o.put(field, value);
        return o.toString();
    }

    /** A record far over the size limit that still reaches the topic, because the producer compresses it. */
    private static void sendCompressed(String topic, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.bootstrapServers());
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 * 1024 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Integer.toString(64 * 1024 * 1024));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }
}
