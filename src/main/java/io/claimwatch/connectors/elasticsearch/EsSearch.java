package io.claimwatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Searches written as JSON bodies (the shape Elasticsearch documents), answered as plain JSON:
 * {@code total}, {@code hits} (each {@code id}, {@code source}, {@code highlight}) and
 * {@code aggregations}. A missing index answers as an empty one.
 */
public final class EsSearch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient es;

    public EsSearch(ElasticsearchClient es) {
        this.es = es;
    }

    public ObjectNode run(String index, ObjectNode body) {
        SearchResponse<ObjectNode> r;
        try {
            r = es.search(SearchRequest.of(b -> b.index(index).ignoreUnavailable(true).allowNoIndices(true)
                    .withJson(new StringReader(body.toString()))), ObjectNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer: " + e.getMessage(), e);
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("total", r.hits().total() == null ? r.hits().hits().size() : r.hits().total().value());
        ArrayNode hits = out.putArray("hits");
        for (Hit<ObjectNode> h : r.hits().hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.id());
            o.set("source", h.source());
            ObjectNode hl = o.putObject("highlight");
            for (Map.Entry<String, List<String>> e : h.highlight().entrySet()) {
                hl.put(e.getKey(), String.join(" … ", e.getValue()));
            }
        }
        ObjectNode aggs = out.putObject("aggregations");
        r.aggregations().forEach((name, agg) -> {
            try {
                aggs.set(name, JSON.readTree(JsonpUtils.toJsonString(agg, es._jsonpMapper())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** A bucket's sub-aggregation, whether or not its name carries the type ("top_hits#links"). */
    public static JsonNode sub(JsonNode bucket, String name) {
        if (bucket.has(name)) {
            return bucket.get(name);
        }
        var names = bucket.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (f.endsWith("#" + name)) {
                return bucket.get(f);
            }
        }
        return MissingNode.getInstance();
    }
}
