package io.claimwatch.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's JSON API over the Claimwatch indices: search, entity pages, contested claims,
 * trends and the newest articles. Every parameter is checked ({@link Params}); answers are JSON the
 * page renders as text.
 */
public final class DashboardApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient es;
    private final IndexCatalog indices;

    public DashboardApi(ElasticsearchClient es, IndexCatalog indices) {
        this.es = es;
        this.indices = indices;
    }

    /** Routes one API path; throws {@link ApiException} for bad requests and unknown paths. */
    public JsonNode handle(String path, String query) {
        if (path.equals("/api/search")) {
            return search(new Params(query, Set.of("q", "kind", "entity", "claimer", "outlet", "label", "min_score", "max_score",
                    "from", "to", "size")));
        }
        if (path.startsWith("/api/entities/")) {
            Params p = new Params(query, Set.of());
            String id = new Params("id=" + path.substring("/api/entities/".length()), Set.of("id")).id("id");
            if (id == null) {
                throw new ApiException(400, "entity id missing: /api/entities/ID");
            }
            return entity(id, p);
        }
        if (path.equals("/api/contested")) {
            return contested(new Params(query, Set.of("sort", "entity", "size")));
        }
        if (path.equals("/api/trends")) {
            return trends(new Params(query, Set.of("hours")));
        }
        if (path.equals("/api/latest")) {
            return latest(new Params(query, Set.of("size")));
        }
        throw new ApiException(404, "no API at " + path + " (see /api/search, /api/entities/ID, /api/contested, /api/trends, /api/latest)");
    }

    // ---- search

    private JsonNode search(Params p) {
        String kind = p.oneOf("kind", "statements", Set.of("statements", "articles"));
        String q = p.text("q", 500);
        ObjectNode body = JSON.createObjectNode();
        body.put("size", p.integer("size", 20, 1, 100));
        ArrayNode must = body.putObject("query").putObject("bool").putArray("filter");
        ObjectNode bool = (ObjectNode) body.get("query").get("bool");
        String textField = kind.equals("statements") ? "text" : "content";
        if (q != null) {
            bool.putArray("must").addObject().putObject("simple_query_string").put("query", q)
                    .put("default_operator", "and").putArray("fields").add(textField).add("title");
        }
        term(must, "entity_ids", p.id("entity"));
        term(must, "source", p.text("outlet", 200));
        if (kind.equals("statements")) {
            String claimer = p.text("claimer", 200);
            if (claimer != null) {
                ArrayNode should = must.addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
                should.addObject().putObject("term").put("claimer", claimer);
                should.addObject().putObject("term").put("claimer_id", claimer);
            }
            term(must, "label", p.oneOf("label", null, Set.of("claim", "counterclaim", "none")));
            Double min = p.score("min_score");
            Double max = p.score("max_score");
            if (min != null || max != null) {
                ObjectNode range = must.addObject().putObject("range").putObject("score");
                if (min != null) {
                    range.put("gte", min);
                }
                if (max != null) {
                    range.put("lte", max);
                }
            }
        }
        Instant from = p.time("from");
        Instant to = p.time("to");
        if (from != null || to != null) {
            ObjectNode range = must.addObject().putObject("range").putObject("published_at");
            if (from != null) {
                range.put("gte", from.toString());
            }
            if (to != null) {
                range.put("lte", to.toString());
            }
        }
        if (q == null) {
            body.putArray("sort").addObject().put("published_at", "desc");
        }
        body.putObject("highlight").put("pre_tags", "\u0001").put("post_tags", "\u0002")
                .putObject("fields").putObject(textField).put("number_of_fragments", 0);
        body.putObject("_source").putArray("includes").add("id").add("article_id").add("text").add("title").add("url").add("source")
                .add("published_at").add("label").add("score").add("claimer").add("claimer_id").add("entity_ids").add("content");
        String index = indices.name(kind.equals("statements") ? IndexCatalog.STATEMENTS : IndexCatalog.ARTICLES);
        ObjectNode result = run(index, body);
        result.put("kind", kind);
        return result;
    }

    private static void term(ArrayNode filters, String field, String value) {
        if (value != null) {
            filters.addObject().putObject("term").put(field, value);
        }
    }

    // ---- entity page

    private JsonNode entity(String id, Params p) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", id);
        ObjectNode mentions = JSON.createObjectNode();
        mentions.put("size", 1);
        mentions.putObject("query").putObject("term").put("entity_ids", id);
        ObjectNode aggs = mentions.putObject("aggs");
        aggs.putObject("per_day").putObject("date_histogram").put("field", "published_at").put("calendar_interval", "day")
                .put("min_doc_count", 0);
        aggs.putObject("co_occurring").putObject("terms").put("field", "entity_ids").put("size", 11);
        mentions.putObject("_source").putArray("includes").add("entities");
        ObjectNode articles = run(indices.articles(), mentions);
        out.put("articles", articles.path("total").asLong());
        out.set("name", nameOf(id, articles));
        ArrayNode days = out.putArray("mentions_per_day");
        for (JsonNode b : articles.path("aggregations").path("per_day").path("buckets")) {
            days.addObject().put("day", b.path("key_as_string").asText()).put("articles", b.path("doc_count").asLong());
        }
        ArrayNode co = out.putArray("co_occurring");
        for (JsonNode b : articles.path("aggregations").path("co_occurring").path("buckets")) {
            if (!b.path("key").asText().equals(id)) {
                co.addObject().put("id", b.path("key").asText()).put("articles", b.path("doc_count").asLong());
            }
        }
        out.set("claims_by", statements(id, "claim", true));
        out.set("claims_about", statements(id, "claim", false));
        out.set("counterclaims_by", statements(id, "counterclaim", true));
        out.set("counterclaims_against", statements(id, "counterclaim", false));
        return out;
    }

    private static JsonNode nameOf(String id, ObjectNode articles) {
        for (JsonNode hit : articles.path("hits")) {
            for (JsonNode e : hit.path("source").path("entities")) {
                if (e.path("id").asText().equals(id)) {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("name", e.path("name").asText()).put("type", e.path("type").asText());
                    return n;
                }
            }
        }
        return JSON.createObjectNode().put("name", id).put("type", "");
    }

    /** Statements by the entity (claimer) or about it (naming it, by someone else). */
    private ArrayNode statements(String id, String label, boolean by) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 20);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("label", label);
        if (by) {
            filter.addObject().putObject("term").put("claimer_id", id);
        } else {
            filter.addObject().putObject("term").put("entity_ids", id);
            bool.putArray("must_not").addObject().putObject("term").put("claimer_id", id);
        }
        body.putArray("sort").addObject().put("published_at", "desc");
        return (ArrayNode) run(indices.name(IndexCatalog.STATEMENTS), body).get("hits");
    }

    // ---- contested claims

    private JsonNode contested(Params p) {
        String sort = p.oneOf("sort", "recent", Set.of("recent", "contested"));
        int size = p.integer("size", 20, 1, 100);
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        String entity = p.id("entity");
        if (entity != null) {
            body.putObject("query").putObject("term").put("entity_ids", entity);
        }
        ObjectNode terms = body.putObject("aggs").putObject("claims");
        ObjectNode t = terms.putObject("terms").put("field", "claim.id").put("size", size);
        t.putObject("order").put(sort.equals("recent") ? "latest" : "_count", "desc");
        ObjectNode sub = terms.putObject("aggs");
        sub.putObject("latest").putObject("max").put("field", "linked_at");
        sub.putObject("links").putObject("top_hits").put("size", 20).putArray("sort").addObject().put("linked_at", "desc");
        ObjectNode result = run(indices.name(IndexCatalog.LINKS), body);
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode b : result.path("aggregations").path("claims").path("buckets")) {
            JsonNode hits = sub(b, "links").path("hits").path("hits");
            if (hits.isEmpty()) {
                continue;
            }
            ObjectNode c = out.addObject();
            c.set("claim", hits.get(0).path("_source").path("claim"));
            c.put("counterclaim_count", b.path("doc_count").asLong());
            c.put("latest", sub(b, "latest").path("value_as_string").asText(""));
            ArrayNode counters = c.putArray("counterclaims");
            for (JsonNode h : hits) {
                ObjectNode cc = ((ObjectNode) h.path("_source").path("counterclaim")).deepCopy();
                cc.put("reason", h.path("_source").path("reason").asText());
                counters.add(cc);
            }
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("sort", sort);
        o.set("contested", out);
        return o;
    }

    // ---- trends

    private JsonNode trends(Params p) {
        int hours = p.integer("hours", 24, 1, 24 * 30);
        Instant now = latestTime();
        Instant recentFrom = now.minus(Duration.ofHours(hours));
        Instant earlierFrom = recentFrom.minus(Duration.ofHours(hours));
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("range").putObject("published_at").put("gte", earlierFrom.toString()).put("lte", now.toString());
        ObjectNode per = body.putObject("aggs").putObject("entities");
        per.putObject("terms").put("field", "entity_ids").put("size", 200);
        ObjectNode ranges = per.putObject("aggs").putObject("periods").putObject("date_range").put("field", "published_at");
        ArrayNode rs = ranges.putArray("ranges");
        rs.addObject().put("key", "earlier").put("from", earlierFrom.toString()).put("to", recentFrom.toString());
        rs.addObject().put("key", "recent").put("from", recentFrom.toString()).put("to", now.plusMillis(1).toString());
        ObjectNode result = run(indices.articles(), body);
        ArrayNode rising = JSON.createArrayNode();
        for (JsonNode b : result.path("aggregations").path("entities").path("buckets")) {
            long earlier = 0;
            long recent = 0;
            for (JsonNode r : sub(b, "periods").path("buckets")) {
                if (r.path("key").asText().equals("recent")) {
                    recent = r.path("doc_count").asLong();
                } else {
                    earlier = r.path("doc_count").asLong();
                }
            }
            if (recent > earlier) {
                rising.addObject().put("id", b.path("key").asText()).put("recent", recent).put("earlier", earlier)
                        .put("rise", recent - earlier);
            }
        }
        java.util.List<JsonNode> sorted = new java.util.ArrayList<>();
        rising.forEach(sorted::add);
        sorted.sort((a, b) -> Long.compare(b.path("rise").asLong(), a.path("rise").asLong()));
        ObjectNode o = JSON.createObjectNode();
        o.put("hours", hours).put("until", now.toString());
        ArrayNode top = o.putArray("rising");
        sorted.stream().limit(15).forEach(top::add);
        ObjectNode alerts = JSON.createObjectNode();
        alerts.put("size", 20);
        alerts.putArray("sort").addObject().put("time", "desc");
        o.set("alerts", run(indices.name(IndexCatalog.ALERTS), alerts).get("hits"));
        return o;
    }

    /** The newest publication time in the index (trends are relative to the data, not the clock). */
    private Instant latestTime() {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("latest").putObject("max").put("field", "published_at");
        JsonNode v = run(indices.articles(), body).path("aggregations").path("latest").path("value_as_string");
        return v.isTextual() ? Instant.parse(v.asText()) : Instant.now();
    }

    private JsonNode latest(Params p) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", p.integer("size", 10, 1, 50));
        body.putArray("sort").addObject().put("published_at", "desc");
        body.putObject("_source").putArray("includes").add("id").add("title").add("url").add("source").add("published_at").add("claim_count")
                .add("counterclaim_count").add("entity_ids");
        return run(indices.articles(), body);
    }

    // ---- Elasticsearch

    /** A bucket's sub-aggregation, whether or not its name carries the type ("top_hits#links"). */
    private static JsonNode sub(JsonNode bucket, String name) {
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
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Runs a search with a JSON body; {@code total}, {@code hits} (id, source, highlight) and {@code aggregations}. */
    ObjectNode run(String index, ObjectNode body) {
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
            for (Map.Entry<String, java.util.List<String>> e : h.highlight().entrySet()) {
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
}
