package io.claimwatch.it;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongPredicate;

/** Reads the test node's indices. */
final class TestElasticsearch {

    private TestElasticsearch() {}

    static long count(String index) throws IOException {
        try (EsConnection.Clients es = EsConnection.local(SharedStack.elasticsearchUrl()).open()) {
            es.sync().indices().refresh(r -> r.index(index));
            return es.sync().count(c -> c.index(index)).count();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw e;
        }
    }

    static JsonNode get(String index, String id) throws IOException {
        try (EsConnection.Clients es = EsConnection.local(SharedStack.elasticsearchUrl()).open()) {
            var r = es.sync().get(g -> g.index(index).id(id), JsonNode.class);
            return r.found() ? r.source() : null;
        }
    }

    /** Polls the count until it satisfies the condition or the timeout passes; returns the last count. */
    static long awaitCount(String index, LongPredicate condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long n = count(index);
        while (!condition.test(n) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            n = count(index);
        }
        return n;
    }
}
