package io.claimwatch.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.connectors.elasticsearch.EsSearch;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexedEntities;
import io.claimwatch.nlp.EntityNameResolver;
import io.claimwatch.nlp.KnownEntity;
import io.claimwatch.nlp.entities.AliasTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's JSON API over the Claimwatch indices: search, entity and article pages, contested
 * claims, rising entities, alerts and the newest articles. Every parameter is checked ({@link Params});
 * every entity id an answer carries comes with its name ({@code entities}: id, name, type), so the page
 * shows names and keeps ids for links. Answers are JSON the page renders as text.
 */
public final class DashboardApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An entity rises when the recent window names it in at least this many articles... */
    static final int RISING_MIN_ARTICLES = 2;
    /** ... and at least this many times as many as the window before. */
    static final int RISING_FACTOR = 2;

    private final EsSearch es;
    private final IndexCatalog indices;
    private final IndexedEntities entities;
    private final EntityNameResolver names;

    public DashboardApi(ElasticsearchClient client, IndexCatalog indices) {
        this.es = new EsSearch(client);
        this.indices = indices;
        this.entities = new IndexedEntities(es, indices);
        this.names = new EntityNameResolver(AliasTable.load(), List.of(entities));
    }

    /** Routes one API path (raw, still percent-encoded); throws {@link ApiException} for bad requests and unknown paths. */
    public JsonNode handle(String path, String query) {
        try {
            return route(path, query);
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                // The index refused the query itself: a value the checks let through but it cannot use.
                throw new ApiException(400, "the index cannot use this request: " + Params.shown(e.error().reason() == null
                        ? e.getMessage() : e.error().reason()));
            }
            throw e;
        }
    }

    private JsonNode route(String path, String query) {
        if (path.equals("/api/search")) {
            return search(new Params(query, Set.of("q", "kind", "entity", "claimer", "outlet", "label", "min_score", "max_score",
                    "from", "to", "size")));
        }
        if (path.startsWith("/api/entities/")) {
            new Params(query, Set.of());
            return entity(pathId(path, "/api/entities/", "entity"));
        }
        if (path.startsWith("/api/articles/")) {
            new Params(query, Set.of());
            return article(pathId(path, "/api/articles/", "article"));
        }
        if (path.equals("/api/contested")) {
            return contested(new Params(query, Set.of("sort", "entity", "size")));
        }
        if (path.equals("/api/trends")) {
            return trends(new Params(query, Set.of("hours", "size")));
        }
        if (path.equals("/api/alerts")) {
            return alerts(new Params(query, Set.of("size", "subscription")));
        }
        if (path.equals("/api/latest")) {
            return latest(new Params(query, Set.of("size")));
        }
        throw new ApiException(404, "no API at " + Params.shown(path)
                + " (see /api/search, /api/entities/ID, /api/articles/ID, /api/contested, /api/trends, /api/alerts, /api/latest)");
    }

    private static String pathId(String path, String prefix, String what) {
        String raw = path.substring(prefix.length());
        String id = new Params("id=" + raw, Set.of("id")).id("id");
        if (id == null) {
            throw new ApiException(400, what + " id missing: " + prefix + "ID");
        }
        return id;
    }

    // ---- search

    private JsonNode search(Params p) {
        String kind = p.oneOf("kind", "statements", Set.of("statements", "articles"));
        String q = p.text("q", 500);
        int size = p.integer("size", 20, 1, 100);
        String outlet = p.text("outlet", 200);
        String entityGiven = p.text("entity", 200);
        String claimerGiven = kind.equals("statements") ? p.text("claimer", 200) : null;
        String label = kind.equals("statements") ? p.oneOf("label", null, Set.of("claim", "counterclaim", "none")) : null;
        Double min = p.score("min_score");
        Double max = p.score("max_score");
        Params.ordered("min_score", min, "max_score", max);
        Instant from = p.time("from");
        Instant to = p.time("to");
        Params.ordered("from", from, "to", to);

        ObjectNode body = JSON.createObjectNode();
        body.put("size", size);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        String textField = kind.equals("statements") ? "text" : "content";
        if (q != null) {
            bool.putArray("must").addObject().putObject("simple_query_string").put("query", q)
                    .put("default_operator", "and").putArray("fields").add(textField).add("title");
        }
        KnownEntity entity = null;
        if (entityGiven != null) {
            entity = resolveEntity("entity", entityGiven);
            term(filter, "entity_ids", entity.id());
        }
        term(filter, "source", outlet);
        if (claimerGiven != null) {
            KnownEntity c = names.entity(claimerGiven);
            ArrayNode should = filter.addObject().putObject("bool").put("minimum_should_match", 1).putArray("should");
            should.addObject().putObject("term").putObject("claimer").put("value", claimerGiven).put("case_insensitive", true);
            // claimer_ids: every claimer of a joint statement, not only the first.
            should.addObject().putObject("term").put("claimer_ids", c != null ? c.id() : claimerGiven);
        }
        term(filter, "label", label);
        if (kind.equals("statements") && (min != null || max != null)) {
            ObjectNode range = filter.addObject().putObject("range").putObject("score");
            if (min != null) {
                range.put("gte", min);
            }
            if (max != null) {
                range.put("lte", max);
            }
        }
        if (from != null || to != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("published_at");
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
                .add("published_at").add("label").add("score").add("claimer").add("claimer_id").add("entity_ids").add("content")
                .add("claim_count").add("counterclaim_count");
        String index = indices.name(kind.equals("statements") ? IndexCatalog.STATEMENTS : IndexCatalog.ARTICLES);
        ObjectNode result = es.run(index, body);
        result.put("kind", kind);
        if (entity != null) {
            result.set("entity", named(entity));
        }
        withNames(result.path("hits"));
        result.remove("aggregations");
        return result;
    }

    /** The entity a name or id stands for, or a 404 naming the closest known ones. */
    private KnownEntity resolveEntity(String param, String given) {
        KnownEntity k = names.entity(given);
        if (k == null) {
            List<String> close = names.closestEntities(given, 5).stream().map(KnownEntity::name).toList();
            throw new ApiException(404, param + ": no indexed article names '" + Params.shown(given) + "'"
                    + (close.isEmpty() ? "" : "; closest: " + String.join(", ", close)));
        }
        return k;
    }

    private static void term(ArrayNode filters, String field, String value) {
        if (value != null) {
            filters.addObject().putObject("term").put(field, value);
        }
    }

    // ---- entity page

    private JsonNode entity(String id) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("term").put("entity_ids", id);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("first").putObject("min").put("field", "published_at");
        aggs.putObject("last").putObject("max").put("field", "published_at");
        aggs.putObject("per_day").putObject("date_histogram").put("field", "published_at").put("calendar_interval", "day")
                .put("min_doc_count", 0);
        aggs.putObject("co_occurring").putObject("terms").put("field", "entity_ids").put("size", 13);
        ObjectNode articles = es.run(indices.articles(), body);
        long total = articles.path("total").asLong();
        if (total == 0) {
            throw new ApiException(404, "no indexed article names the entity '" + id + "'");
        }
        KnownEntity self = entities.byIds(List.of(id)).getOrDefault(id, new KnownEntity(id, id, "", total));
        ObjectNode out = JSON.createObjectNode();
        out.put("id", id).put("name", self.name()).put("type", self.type()).put("articles", total);
        out.put("first", articles.path("aggregations").path("first").path("value_as_string").asText(""));
        out.put("last", articles.path("aggregations").path("last").path("value_as_string").asText(""));
        ArrayNode days = out.putArray("mentions_per_day");
        for (JsonNode b : articles.path("aggregations").path("per_day").path("buckets")) {
            days.addObject().put("day", b.path("key_as_string").asText().substring(0, 10)).put("articles", b.path("doc_count").asLong());
        }
        List<String> coIds = new ArrayList<>();
        Map<String, Long> coCounts = new java.util.HashMap<>();
        for (JsonNode b : articles.path("aggregations").path("co_occurring").path("buckets")) {
            String other = b.path("key").asText();
            if (!other.equals(id)) {
                coIds.add(other);
                coCounts.put(other, b.path("doc_count").asLong());
            }
        }
        Map<String, KnownEntity> co = entities.byIds(coIds);
        ArrayNode coOut = out.putArray("co_occurring");
        for (String other : coIds) {
            KnownEntity k = co.getOrDefault(other, new KnownEntity(other, other, "", 0));
            coOut.addObject().put("id", other).put("name", k.name()).put("type", k.type()).put("articles", coCounts.get(other));
        }
        out.set("claims_by", statements(id, "claim", true));
        out.set("claims_about", statements(id, "claim", false));
        out.set("counterclaims_by", statements(id, "counterclaim", true));
        out.set("counterclaims_against", statements(id, "counterclaim", false));
        return out;
    }

    /** Statements by the entity (claimer) or about it (naming it, by someone else), newest first. */
    private JsonNode statements(String id, String label, boolean by) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 20);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("label", label);
        // claimer_ids holds every claimer of a joint statement ("A, B and C said"), claimer_id the first.
        if (by) {
            filter.addObject().putObject("term").put("claimer_ids", id);
        } else {
            filter.addObject().putObject("term").put("entity_ids", id);
            bool.putArray("must_not").addObject().putObject("term").put("claimer_ids", id);
        }
        body.putArray("sort").addObject().put("published_at", "desc");
        ObjectNode r = es.run(indices.name(IndexCatalog.STATEMENTS), body);
        withNames(r.path("hits"));
        return r.get("hits");
    }

    // ---- article page

    private JsonNode article(String id) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 1);
        body.putObject("query").putObject("ids").putArray("values").add(id);
        body.putObject("_source").putArray("includes").add("id").add("title").add("url").add("source").add("published_at")
                .add("entities.id").add("entities.name").add("entities.type").add("entities.mention_count").add("also_carried_by")
                .add("duplicate_count").add("claim_count").add("counterclaim_count").add("sentence_count");
        JsonNode hits = es.run(indices.articles(), body).path("hits");
        if (hits.isEmpty()) {
            throw new ApiException(404, "no indexed article has the id '" + id + "'");
        }
        ObjectNode out = ((ObjectNode) hits.get(0).path("source")).deepCopy();
        ObjectNode statements = JSON.createObjectNode();
        statements.put("size", 500);
        ObjectNode bool = statements.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("article_id", id);
        bool.putArray("must_not").addObject().putObject("term").put("label", "none");
        statements.putArray("sort").addObject().put("start", "asc");
        ObjectNode s = es.run(indices.name(IndexCatalog.STATEMENTS), statements);
        withNames(s.path("hits"));
        out.set("statements", s.get("hits"));
        return out;
    }

    // ---- contested claims

    private JsonNode contested(Params p) {
        String sort = p.oneOf("sort", "recent", Set.of("recent", "contested"));
        int size = p.integer("size", 20, 1, 100);
        String entityGiven = p.text("entity", 200);
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        KnownEntity entity = null;
        if (entityGiven != null) {
            entity = resolveEntity("entity", entityGiven);
            body.putObject("query").putObject("term").put("entity_ids", entity.id());
        }
        ObjectNode terms = body.putObject("aggs").putObject("claims");
        ObjectNode t = terms.putObject("terms").put("field", "claim.id").put("size", size);
        t.putObject("order").put(sort.equals("recent") ? "latest" : "_count", "desc");
        ObjectNode sub = terms.putObject("aggs");
        sub.putObject("latest").putObject("max").put("field", "linked_at");
        sub.putObject("links").putObject("top_hits").put("size", 20).putArray("sort").addObject().put("linked_at", "desc");
        ObjectNode result = es.run(indices.name(IndexCatalog.LINKS), body);
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode b : result.path("aggregations").path("claims").path("buckets")) {
            JsonNode hits = EsSearch.sub(b, "links").path("hits").path("hits");
            if (hits.isEmpty()) {
                continue;
            }
            ObjectNode c = out.addObject();
            c.set("claim", hits.get(0).path("_source").path("claim"));
            c.put("counterclaim_count", b.path("doc_count").asLong());
            c.put("latest", EsSearch.sub(b, "latest").path("value_as_string").asText(""));
            ArrayNode counters = c.putArray("counterclaims");
            Set<String> about = new LinkedHashSet<>();
            for (JsonNode h : hits) {
                ObjectNode cc = ((ObjectNode) h.path("_source").path("counterclaim")).deepCopy();
                cc.put("reason", h.path("_source").path("reason").asText());
                cc.put("link_score", h.path("_source").path("score").asDouble());
                counters.add(cc);
                h.path("_source").path("entity_ids").forEach(e -> about.add(e.asText()));
            }
            ArrayNode ids = c.putArray("entity_ids");
            about.forEach(ids::add);
        }
        withNames(out);
        for (JsonNode c : out) {
            Map<String, String> byId = new java.util.HashMap<>();
            c.path("entities").forEach(e -> byId.put(e.path("id").asText(), e.path("name").asText()));
            for (JsonNode cc : c.path("counterclaims")) {
                ((ObjectNode) cc).put("reason", reasonWithNames(cc.path("reason").asText(), byId));
            }
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("sort", sort);
        if (entity != null) {
            o.set("entity", named(entity));
        }
        o.set("contested", out);
        return o;
    }

    private static final java.util.regex.Pattern SHARED_ENTITIES = java.util.regex.Pattern.compile("shared entities \\[([^\\]]*)\\]");

    /** The link's reason as a reader wants it: "shared entities Karvisk, Oster" rather than their ids. */
    static String reasonWithNames(String reason, Map<String, String> names) {
        var m = SHARED_ENTITIES.matcher(reason);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> shown = new ArrayList<>();
            for (String id : m.group(1).split(",\\s*")) {
                shown.add(names.getOrDefault(id.strip(), id.strip()));
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("shared entities " + String.join(", ", shown)));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- rising entities

    private JsonNode trends(Params p) {
        int hours = p.integer("hours", 24, 1, 24 * 30);
        int size = p.integer("size", 10, 1, 50);
        Instant now = latestTime();
        Instant recentFrom = now.minus(Duration.ofHours(hours));
        Instant earlierFrom = recentFrom.minus(Duration.ofHours(hours));
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("range").putObject("published_at").put("gte", earlierFrom.toString()).put("lte", now.toString());
        ObjectNode per = body.putObject("aggs").putObject("entities");
        per.putObject("terms").put("field", "entity_ids").put("size", 500);
        ObjectNode ranges = per.putObject("aggs").putObject("periods").putObject("date_range").put("field", "published_at");
        ArrayNode rs = ranges.putArray("ranges");
        rs.addObject().put("key", "earlier").put("from", earlierFrom.toString()).put("to", recentFrom.toString());
        rs.addObject().put("key", "recent").put("from", recentFrom.toString()).put("to", now.plusMillis(1).toString());
        ObjectNode result = es.run(indices.articles(), body);
        record Rise(String id, long recent, long earlier) {}
        List<Rise> rising = new ArrayList<>();
        for (JsonNode b : result.path("aggregations").path("entities").path("buckets")) {
            long earlier = 0;
            long recent = 0;
            for (JsonNode r : EsSearch.sub(b, "periods").path("buckets")) {
                if (r.path("key").asText().equals("recent")) {
                    recent = r.path("doc_count").asLong();
                } else {
                    earlier = r.path("doc_count").asLong();
                }
            }
            if (recent >= RISING_MIN_ARTICLES && recent >= RISING_FACTOR * earlier) {
                rising.add(new Rise(b.path("key").asText(), recent, earlier));
            }
        }
        rising.sort((a, b) -> a.recent - a.earlier != b.recent - b.earlier ? Long.compare(b.recent - b.earlier, a.recent - a.earlier)
                : a.recent != b.recent ? Long.compare(b.recent, a.recent) : a.id.compareTo(b.id));
        List<Rise> top = rising.stream().limit(size).toList();
        Map<String, KnownEntity> known = entities.byIds(top.stream().map(Rise::id).toList());
        ObjectNode o = JSON.createObjectNode();
        o.put("hours", hours).put("from", recentFrom.toString()).put("until", now.toString());
        o.put("rule", "named in at least " + RISING_MIN_ARTICLES + " articles in the last " + hours + " h and at least "
                + RISING_FACTOR + " times as many as in the " + hours + " h before");
        ArrayNode out = o.putArray("rising");
        for (Rise r : top) {
            KnownEntity k = known.getOrDefault(r.id(), new KnownEntity(r.id(), r.id(), "", 0));
            out.addObject().put("id", r.id()).put("name", k.name()).put("type", k.type()).put("recent", r.recent())
                    .put("earlier", r.earlier());
        }
        return o;
    }

    /** The newest publication time in the index (trends are relative to the data, not the clock). */
    private Instant latestTime() {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("latest").putObject("max").put("field", "published_at");
        JsonNode v = es.run(indices.articles(), body).path("aggregations").path("latest").path("value_as_string");
        return v.isTextual() ? Instant.parse(v.asText()) : Instant.now();
    }

    // ---- alerts and newest articles

    private JsonNode alerts(Params p) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", p.integer("size", 20, 1, 100));
        String subscription = p.text("subscription", 100);
        if (subscription != null) {
            body.putObject("query").putObject("term").put("subscription_id", subscription);
        }
        body.putArray("sort").addObject().put("time", "desc");
        body.putObject("_source").putArray("includes").add("id").add("type").add("subscription_id").add("time").add("summary")
                .add("types").add("statement_ids").add("article_ids").add("urls").add("entity_ids");
        ObjectNode r = es.run(indices.name(IndexCatalog.ALERTS), body);
        withNames(r.path("hits"));
        r.remove("aggregations");
        return r;
    }

    private JsonNode latest(Params p) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", p.integer("size", 10, 1, 50));
        body.putArray("sort").addObject().put("published_at", "desc");
        body.putObject("_source").putArray("includes").add("id").add("title").add("url").add("source").add("published_at").add("claim_count")
                .add("counterclaim_count").add("entity_ids");
        ObjectNode r = es.run(indices.articles(), body);
        withNames(r.path("hits"));
        r.remove("aggregations");
        return r;
    }

    // ---- names

    private static ObjectNode named(KnownEntity k) {
        return JSON.createObjectNode().put("id", k.id()).put("name", k.name()).put("type", k.type());
    }

    /**
     * Adds {@code entities} (id, name, type) beside every {@code entity_ids} in these results, with one
     * lookup for all of them.
     */
    private void withNames(JsonNode results) {
        List<ObjectNode> holders = new ArrayList<>();
        collect(results, holders);
        Set<String> ids = new LinkedHashSet<>();
        for (ObjectNode h : holders) {
            h.path("entity_ids").forEach(e -> ids.add(e.asText()));
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, KnownEntity> known = entities.byIds(ids);
        for (ObjectNode h : holders) {
            ArrayNode list = h.putArray("entities");
            for (JsonNode e : h.path("entity_ids")) {
                KnownEntity k = known.get(e.asText());
                if (k != null) {
                    list.add(named(k));
                }
            }
        }
    }

    /** Every object under this node that carries {@code entity_ids}. */
    private static void collect(JsonNode node, Collection<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            if (o.has("entity_ids")) {
                out.add(o);
            }
            o.forEach(child -> collect(child, out));
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> collect(child, out));
        }
    }
}
