package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexTemplates;
import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded components start, and the connector definitions apply to them idempotently. */
@ExtendWith(SharedStack.class)
class SharedStackIT {

    @Test
    void topicsAreCreatedOnceFromTheirSpecs() {
        TopicCatalog catalog = TopicCatalog.load("stack-");
        List<String> created = TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), catalog, (short) 1);
        long specs = java.util.stream.StreamSupport.stream(catalog.all().spliterator(), false).count();
        assertEquals(specs, created.size(), "every topic of connectors/kafka/topics.yaml: " + created);
        assertTrue(created.size() >= 9, "articles, dead letters, enriched, statements, subscriptions and theirs, alerts, feeds");
        assertTrue(created.contains("stack-claimwatch.articles.dlq"));
        assertTrue(created.contains("stack-claimwatch.statements"));
        assertEquals(List.of(), TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), catalog, (short) 1));
    }

    @Test
    void indexTemplatesApplyTwiceWithoutError() throws Exception {
        try (EsConnection.Clients es = EsConnection.local(SharedStack.elasticsearchUrl()).open()) {
            IndexCatalog catalog = new IndexCatalog("stack-");
            IndexTemplates.apply(es.sync(), catalog);
            IndexTemplates.apply(es.sync(), catalog);
            for (String base : IndexCatalog.ALL) {
                assertTrue(es.sync().indices().existsIndexTemplate(r -> r.name("stack-" + base)).value(), base);
            }
        }
    }
}
