package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.connectors.elasticsearch.BulkSettings;
import io.claimwatch.connectors.elasticsearch.ElasticsearchSink;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexTemplates;
import io.claimwatch.connectors.kafka.KafkaRejectedDocuments;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.model.EsAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A document Elasticsearch refuses is a dead letter, not a log line: a mapping error refuses one item,
 * an id over 512 bytes refuses the whole bulk request, which the sink then splits and sends again one
 * document at a time. The good documents are all written and the job does not fail.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 180)
class IndexRejectionIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @Test
    void refusedDocumentsBecomeDeadLettersAndTheOthersAreWritten() throws Exception {
        PipelineHarness run = new PipelineHarness("rejected");
        IndexCatalog indices = new IndexCatalog(run.prefix);
        try (EsConnection.Clients es = EsConnection.local(SharedStack.elasticsearchUrl()).open()) {
            IndexTemplates.apply(es.sync(), indices);
        }
        String index = indices.articles();
        List<EsAction> actions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            actions.add(new EsAction(index, "ok-" + i, "{\"id\":\"ok-" + i + "\",\"source\":\"Wire\",\"title\":\"Story " + i + "\"}"));
        }
        String longId = "x".repeat(600);
        actions.add(10, new EsAction(index, longId, "{\"id\":\"long\",\"source\":\"Wire\"}"));
        actions.add(20, new EsAction(index, "unmapped", "{\"id\":\"unmapped\",\"no_such_field\":1}"));
        actions.add(25, new EsAction(index, "bad-date", "{\"id\":\"bad-date\",\"published_at\":\"not a date\"}"));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromData(TypeInformation.of(EsAction.class), actions.toArray(EsAction[]::new))
                .sinkTo(new ElasticsearchSink(EsConnection.local(SharedStack.elasticsearchUrl()),
                        new BulkSettings(100, 5_000_000, 1, 200, 100, 1000),
                        new KafkaRejectedDocuments(SharedStack.bootstrapServers(), Map.of(), run.dlqTopic(), 1024 * 1024)));
        env.execute(run.prefix + "index-rejections");

        assertEquals(30, TestElasticsearch.count(index), "every good document is written");
        List<JsonNode> dead = EnrichPipelineIT.parse(TestKafka.readCommitted(run.dlqTopic()));
        assertEquals(3, dead.size(), dead.toString());
        Set<String> ids = dead.stream().map(d -> d.get("document_id").asText()).collect(Collectors.toSet());
        assertEquals(Set.of(longId, "unmapped", "bad-date"), ids);
        for (JsonNode d : dead) {
            assertEquals("INDEX_REJECTED", d.get("reason").asText());
            assertEquals(index, d.get("index").asText());
            assertTrue(d.get("status").asInt() >= 400 && d.get("status").asInt() < 500, d.toString());
            assertTrue(d.get("message").asText().contains("Elasticsearch refused"), d.get("message").asText());
            assertTrue(d.get("original").asText().startsWith("{\"id\""), "the document travels with its dead letter");
        }
        assertTrue(dead.stream().anyMatch(d -> d.get("message").asText().contains("strict_dynamic_mapping")), dead.toString());
        assertTrue(TopicCatalog.load(run.prefix).name(TopicCatalog.ARTICLES_DLQ).equals(run.dlqTopic()));
    }
}
