package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.flink.JobHealth;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.jobs.KafkaIo;
import io.claimwatch.model.RecordJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The linking state holds only what lies inside the window plus the allowed lateness of the newest
 * publication time: with a one-hour window over forty hours of news, what is kept is bounded by the
 * claims of the last few hours, however long the stream runs.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class BoundedStateIT {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final int ARTICLES = 240;
    private static final long STEP_MINUTES = 10;

    @Test
    void linkingStateStaysWithinTheWindowTimesTheCaps() throws Exception {
        PipelineHarness run = new PipelineHarness("bounded").with(c -> c.withPipeline(c.pipeline().withLinkWindow(1, 0)));
        // Kept for the window plus the lateness (one window): two hours of news, and the watermark may
        // trail the newest article by the articles still in flight on the other partitions.
        long keptMinutes = 2 * 60 + 3 * STEP_MINUTES;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < ARTICLES; i++) {
                ObjectNode a = (ObjectNode) RecordJson.MAPPER.readTree(Articles.article("b-" + i, i % 2 == 0 ? "Even Wire" : "Odd Post",
                        Articles.storyText(i)));
                a.put("published_at", START.plusSeconds(60 * STEP_MINUTES * i).toString());
                producer.send(new ProducerRecord<>(run.articlesTopic(), i % 3, null, a.toString().getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        try (EmbeddedFlink flink = run.cluster()) {
            JobID job = flink.submit(run.environment(new KafkaIo(run.config, false)), run.prefix + "enrich");
            FlinkRest rest = new FlinkRest(flink.restUrl(), Duration.ofSeconds(10));
            try {
                assertEquals(ARTICLES, TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= ARTICLES, Duration.ofSeconds(180)));
                List<JsonNode> statements = EnrichPipelineIT.parse(awaitAll(run.topics.name(io.claimwatch.connectors.kafka.TopicCatalog.STATEMENTS)));
                long newest = START.plusSeconds(60 * STEP_MINUTES * (ARTICLES - 1)).toEpochMilli();
                long all = 0;
                long bound = 0;
                for (JsonNode s : statements) {
                    if (s.get("label").asText().equals("none")) {
                        continue;
                    }
                    long keys = Math.min(s.get("entity_ids").size(), run.config.pipeline().caps().entityKeysPerClaim());
                    all += keys;
                    if (Instant.parse(s.get("published_at").asText()).toEpochMilli() >= newest - keptMinutes * 60_000) {
                        bound += keys;
                    }
                }
                assertTrue(all > 4 * bound, "the stream holds far more claims than the window: " + all + " vs " + bound);
                double kept = Double.NaN;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < deadline) {
                    kept = rest.operatorMetric(job.toHexString(), "link counterclaims", "claimsKept");
                    if (!Double.isNaN(kept) && kept <= bound) {
                        break;
                    }
                    Thread.sleep(500);
                }
                double watermark = rest.operatorMetric(job.toHexString(), "link counterclaims", "currentInputWatermark", "min");
                System.out.printf("bounded state: watermark of the linker %s, newest article %s%n",
                        Instant.ofEpochMilli((long) watermark), Instant.ofEpochMilli(newest));
                JobHealth h = RealLoadIT.awaitCheckpoint(rest, job.toHexString());
                System.out.printf("bounded state: %d claim-entity entries in the stream, at most %d inside window + lateness, %.0f kept; "
                        + "last checkpoint %d KB; restarts %d%n", all, bound, kept, h.lastCheckpointBytes() / 1024, h.restarts());
                assertTrue(kept <= bound, "kept " + kept + " > bound " + bound);
                assertTrue(kept > 0, "the newest claims are kept");
                assertEquals(0, h.restarts());
            } finally {
                flink.cancel(job);
            }
        }
    }

    private static List<String> awaitAll(String topic) throws Exception {
        List<String> out = TestKafka.readCommitted(topic);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int before = -1;
        while (out.size() != before && System.nanoTime() < deadline) {
            before = out.size();
            Thread.sleep(3000); // committed at each checkpoint: settle
            out = TestKafka.readCommitted(topic);
        }
        return out;
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.bootstrapServers());
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
