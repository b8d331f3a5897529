package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.KafkaIo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alerts on a real broker and Elasticsearch node with the job on a MiniCluster. */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class AlertsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String article(String id, String source, Instant published, String text) {
        return JSON.createObjectNode().put("id", id).put("url", "https://" + id + ".example/news").put("source", source)
                .put("title", "Story " + id).put("published_at", published.toString()).put("text", text).toString();
    }

    private static SubscriptionTopic subscriptions(PipelineHarness run) {
        return new SubscriptionTopic(SharedStack.bootstrapServers(), Map.of(), run.topics.name(TopicCatalog.SUBSCRIPTIONS));
    }

    private static List<JsonNode> alerts(PipelineHarness run) {
        return EnrichPipelineIT.parse(TestKafka.readCommitted(run.topics.name(TopicCatalog.ALERTS)));
    }

    private static boolean alertFor(List<JsonNode> alerts, String articleId) {
        return alerts.stream().anyMatch(a -> a.get("article_ids").toString().contains("\"" + articleId + "\""));
    }

    @Test
    void aSubscriptionAddedWhileTheJobRunsAlertsAndRemovingItStopsAlertsAndABadOneIsDeadLettered() throws Exception {
        PipelineHarness run = new PipelineHarness("alerts");
        JobClient job = run.environment(new KafkaIo(run.config, false)).executeAsync(run.prefix + "enrich");
        try {
            Instant t = Instant.parse("2026-04-01T08:00:00Z");
            run.produce(List.of(article("warmup", "First Wire", t, "Officials in Oster said the road was reopened on Monday.")));
            TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 1, Duration.ofSeconds(90));

            SubscriptionTopic subs = subscriptions(run);
            subs.save(SubscriptionParser.parse("{\"id\":\"kharkiv-desk\",\"entities\":[\"kharkiv\"],\"types\":[\"statement\",\"counterclaim\"]}")
                    .subscription());
            subs.send("broken", "{\"id\":\"broken\",\"min_score\":7}".getBytes(StandardCharsets.UTF_8));
            Thread.sleep(5000); // the broadcast reaches the running job

            run.produce(List.of(article("a1", "First Wire", t.plusSeconds(3600),
                    "The Kestrian army denied that its artillery had shelled Kharkiv on Monday, calling the report propaganda.")));
            List<JsonNode> got = awaitAlerts(run, a -> alertFor(a, "a1"), Duration.ofSeconds(60));
            assertTrue(alertFor(got, "a1"), "alerts: " + got);
            assertTrue(got.stream().allMatch(a -> a.get("subscription_id").asText().equals("kharkiv-desk")));
            List<JsonNode> forA1 = got.stream().filter(a -> alertFor(List.of(a), "a1")).toList();
            JsonNode denial = forA1.stream().filter(a -> types(a).contains("counterclaim")).findFirst().orElseThrow(() ->
                    new AssertionError("a counterclaim alert: " + got));
            assertEquals(List.of("counterclaim", "statement"), types(denial), "one alert for the denial, with both reasons");
            assertEquals(2, denial.get("schema_version").asInt());
            assertEquals(forA1.size(), forA1.stream().map(a -> a.path("statement_ids").toString()).distinct().count(),
                    "one alert per statement for the subscription: " + forA1);
            long alertsForA1 = forA1.size();

            subs.delete("kharkiv-desk");
            Thread.sleep(5000);
            run.produce(List.of(article("a2", "Second Daily", t.plusSeconds(7200),
                    "Governor Petra Lind said shelling cut power to 40,000 homes in Kharkiv on Tuesday.")));
            TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 3, Duration.ofSeconds(60));
            Thread.sleep(4000); // one more checkpoint: anything the job sent is committed by now
            List<JsonNode> after = alerts(run);
            assertFalse(alertFor(after, "a2"), "no alert after unsubscribing: " + after);
            assertEquals(alertsForA1, after.stream().filter(a -> alertFor(List.of(a), "a1")).count(), "no alert twice");

            List<JsonNode> dead = EnrichPipelineIT.parse(TestKafka.readCommitted(run.topics.name(TopicCatalog.SUBSCRIPTIONS_DLQ)));
            assertEquals(1, dead.size());
            assertEquals("BAD_SUBSCRIPTION", dead.get(0).get("reason").asText());
            assertTrue(dead.get(0).get("message").asText().contains("min_score"), dead.get(0).toString());
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void aMentionSpikeAlertsOnABurstAndNotOnSteadyTraffic() throws Exception {
        PipelineHarness run = new PipelineHarness("spike");
        subscriptions(run).save(SubscriptionParser.parse("{\"id\":\"spikes\",\"entities\":[\"karvisk\",\"oster\"],\"types\":[\"spike\"]}")
                .subscription());
        List<String> articles = new ArrayList<>();
        Instant start = Instant.parse("2026-04-01T00:00:00Z");
        // Steady: Oster and Karvisk once an hour for two days.
        for (int h = 0; h < 48; h++) {
            articles.add(article("steady-" + h, "Wire " + (h % 3), start.plusSeconds(h * 3600L),
                    "Officials in Oster and Karvisk reported calm conditions on day " + (h / 24 + 1) + ", hour " + h + "."));
        }
        // Burst: Karvisk in twelve articles within forty minutes.
        for (int i = 0; i < 12; i++) {
            articles.add(article("burst-" + i, "Wire " + (i % 3), start.plusSeconds(48 * 3600L + i * 200L),
                    "Explosions were heard in Karvisk, and residents of Karvisk fled, report number " + i + " said."));
        }
        run.produce(articles);

        run.runBounded();

        List<JsonNode> spikes = alerts(run).stream().filter(a -> types(a).contains("spike")).toList();
        assertFalse(spikes.isEmpty(), "a spike for the burst");
        assertTrue(spikes.stream().allMatch(a -> a.get("entity_ids").toString().contains("karvisk")), spikes.toString());
        assertTrue(spikes.stream().allMatch(a -> a.get("detail").get("mentions").asLong() >= 5), spikes.toString());
    }

    private static List<String> types(JsonNode alert) {
        List<String> out = new java.util.ArrayList<>();
        alert.path("types").forEach(t -> out.add(t.asText()));
        return out;
    }

    private static List<JsonNode> awaitAlerts(PipelineHarness run, java.util.function.Predicate<List<JsonNode>> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> got = alerts(run);
        while (!done.test(got) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            got = alerts(run);
        }
        return got;
    }
}
