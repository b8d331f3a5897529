package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.jobs.KafkaIo;
import io.claimwatch.model.RawRecord;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicCatalog;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Guarantees under failure: a task crash and an Elasticsearch outage lose and duplicate nothing. */
@ExtendWith(SharedStack.class)
@Timeout(value = 240)
class RecoveryIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void aFailureAfterACheckpointRestartsOnceAndLosesAndDuplicatesNothing() throws Exception {
        PipelineHarness run = new PipelineHarness("recovery");
        int n = 60;
        run.produce(Articles.stories("rc", n));
        FailOnceAfterCheckpoint.reset();
        // A subscription that every claim matches: each claim makes exactly one alert, failure or not.
        new SubscriptionTopic(SharedStack.bootstrapServers(), Map.of(), run.topics.name(TopicCatalog.SUBSCRIPTIONS))
                .save(SubscriptionParser.parse("{\"id\":\"every-claim\",\"labels\":[\"claim\"],\"min_score\":0.0001,"
                        + "\"types\":[\"statement\"]}").subscription());

        run.environment(new KafkaIo(run.config, true) {
            @Override
            public DataStream<RawRecord> source(StreamExecutionEnvironment env) {
                return super.source(env).map(new FailOnceAfterCheckpoint()).uid("fault-injector").name("fault injector");
            }
        }).execute(run.prefix + "enrich");

        assertTrue(FailOnceAfterCheckpoint.FAILED.get(), "the fault was injected");
        assertEquals(1, FailOnceAfterCheckpoint.MAX_ATTEMPT.get(), "the job restarted exactly once");
        assertEquals(run.config.pipeline().parallelism(), FailOnceAfterCheckpoint.RESTORED_INSTANCES.get(),
                "every instance restored from the checkpoint");
        assertEquals(n, TestElasticsearch.count(run.articlesIndex()));
        List<String> enriched = TestKafka.readCommitted(run.enrichedTopic());
        assertEquals(n, enriched.size(), "each article committed to the enriched topic exactly once");
        assertEquals(n, EnrichPipelineIT.parse(enriched).stream().map(e -> e.get("id").asText()).distinct().count());
        assertEquals(0, TestKafka.readCommitted(run.dlqTopic()).size());
        long claims = EnrichPipelineIT.parse(enriched).stream().mapToLong(e -> e.get("claim_count").asLong()).sum();
        List<JsonNode> alerts = EnrichPipelineIT.parse(TestKafka.readCommitted(run.topics.name(TopicCatalog.ALERTS)));
        assertTrue(claims > 0);
        assertEquals(claims, alerts.size(), "one alert per claim, none lost, none repeated across the restart");
        assertEquals(claims, alerts.stream().map(a -> a.get("id").asText()).distinct().count());
    }

    @Test
    void theSinkRetriesWhileElasticsearchIsUnreachableAndCatchesUp() throws Exception {
        try (TcpProxy proxy = new TcpProxy(java.net.URI.create(SharedStack.elasticsearchUrl()).getPort())) {
            PipelineHarness run = new PipelineHarness("es-outage", proxy.url());
            JobClient job = run.environment(new KafkaIo(run.config, false)).executeAsync(run.prefix + "enrich");
            try {
                run.produce(Articles.stories("before", 20));
                assertEquals(20, TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= 20, Duration.ofSeconds(60)));

                proxy.down();
                run.produce(Articles.stories("during", 20, 20));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (proxy.refused() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertTrue(proxy.refused() >= 3, "the sink retried while Elasticsearch was away: " + proxy.refused());
                assertEquals(20, TestElasticsearch.count(run.articlesIndex()), "nothing arrives during the outage");

                proxy.up();
                assertEquals(40, TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= 40, Duration.ofSeconds(90)));
            } finally {
                job.cancel().get();
            }
            assertEquals(40, TestElasticsearch.count(run.articlesIndex()));
        }
    }
}
