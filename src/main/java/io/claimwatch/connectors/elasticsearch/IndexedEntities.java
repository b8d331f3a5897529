package io.claimwatch.connectors.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.nlp.EntityDirectory;
import io.claimwatch.nlp.EntityNameResolver;
import io.claimwatch.nlp.KnownEntity;
import io.claimwatch.nlp.entities.NameVariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities and claimers of the indexed articles and statements: names for ids (the dashboard
 * shows names, never ids), and the directory that subscription names are resolved against.
 */
public final class IndexedEntities implements EntityDirectory {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Articles read per id to choose its usual name (spellings differ: "Karvisk", "Karvysk"). */
    private static final int NAME_SAMPLE = 5;

    private final EsSearch search;
    private final IndexCatalog indices;

    public IndexedEntities(EsSearch search, IndexCatalog indices) {
        this.search = search;
        this.indices = indices;
    }

    /**
     * The indexed entities among these ids: the name and type most of the newest articles naming each
     * give it, and how many articles name it.
     */
    @Override
    public Map<String, KnownEntity> byIds(Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        wanted.removeIf(String::isBlank);
        Map<String, KnownEntity> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ArrayNode values = JSON.createArrayNode();
        wanted.forEach(values::add);
        body.putObject("query").putObject("terms").set("entity_ids", values.deepCopy());
        ObjectNode terms = body.putObject("aggs").putObject("ids");
        terms.putObject("terms").put("field", "entity_ids").put("size", wanted.size()).set("include", values);
        ObjectNode top = terms.putObject("aggs").putObject("names").putObject("top_hits").put("size", NAME_SAMPLE);
        top.putArray("sort").addObject().put("published_at", "desc");
        top.putObject("_source").putArray("includes").add("entities.id").add("entities.name").add("entities.type");
        JsonNode result = search.run(indices.articles(), body);
        for (JsonNode b : result.path("aggregations").path("ids").path("buckets")) {
            String id = b.path("key").asText();
            Map<String, Integer> names = new LinkedHashMap<>();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (JsonNode h : EsSearch.sub(b, "names").path("hits").path("hits")) {
                for (JsonNode e : h.path("_source").path("entities")) {
                    if (e.path("id").asText().equals(id)) {
                        names.merge(e.path("name").asText(id), 1, Integer::sum);
                        types.merge(e.path("type").asText(""), 1, Integer::sum);
                    }
                }
            }
            out.put(id, new KnownEntity(id, mostCommon(names, id), mostCommon(types, ""), b.path("doc_count").asLong()));
        }
        return out;
    }

    /** Ties go to the first seen, that is the newest article's. */
    private static String mostCommon(Map<String, Integer> counts, String dflt) {
        String best = dflt;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    @Override
    public List<KnownEntity> near(String text, int max) {
        List<String> names = closest(candidates("entities.name", text, 500), text, max);
        Map<String, List<String>> idsOfName = new LinkedHashMap<>();
        Set<String> allIds = new LinkedHashSet<>();
        for (String name : names) {
            List<String> ids = List.of(NameVariants.slug(name), NameVariants.slug(NameVariants.key(name)));
            idsOfName.put(name, ids);
            allIds.addAll(ids);
        }
        Map<String, KnownEntity> known = byIds(allIds);
        List<KnownEntity> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        idsOfName.forEach((name, ids) -> ids.stream().filter(known::containsKey).findFirst().ifPresent(id -> {
            if (seen.add(id)) {
                out.add(known.get(id));
            }
        }));
        return out;
    }

    @Override
    public String claimer(String phrase) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("term").putObject("claimer").put("value", phrase).put("case_insensitive", true);
        body.putObject("aggs").putObject("claimers").putObject("terms").put("field", "claimer").put("size", 5);
        for (JsonNode b : search.run(indices.name(IndexCatalog.STATEMENTS), body).path("aggregations").path("claimers").path("buckets")) {
            if (b.path("key").asText().equalsIgnoreCase(phrase)) {
                return b.path("key").asText();
            }
        }
        return null;
    }

    @Override
    public List<String> claimersNear(String text, int max) {
        List<String> phrases = new ArrayList<>(candidates("claimer", text, 300));
        phrases.remove("article");
        return closest(phrases, text, max);
    }

    /**
     * Values of a keyword field in documents where the field contains a word of the text or half of
     * one (so a misspelt word still finds its neighbours), case-insensitively.
     */
    private List<String> candidates(String field, String text, int size) {
        Set<String> fragments = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                fragments.add(w);
            }
            if (w.length() >= 6) {
                fragments.add(w.substring(0, (w.length() + 1) / 2));
                fragments.add(w.substring(w.length() / 2));
            }
        }
        if (fragments.isEmpty()) {
            return List.of();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ArrayNode should = body.putObject("query").putObject("bool").put("minimum_should_match", 1).putArray("should");
        for (String f : fragments) {
            should.addObject().putObject("wildcard").putObject(field).put("value", "*" + f.replace("*", "").replace("?", "") + "*")
                    .put("case_insensitive", true);
        }
        body.putObject("aggs").putObject("values").putObject("terms").put("field", field).put("size", size);
        String index = field.equals("claimer") ? indices.name(IndexCatalog.STATEMENTS) : indices.articles();
        List<String> out = new ArrayList<>();
        for (JsonNode b : search.run(index, body).path("aggregations").path("values").path("buckets")) {
            out.add(b.path("key").asText());
        }
        return out;
    }

    /** The values most alike the text, most alike first. */
    private static List<String> closest(List<String> values, String text, int max) {
        String key = NameVariants.key(text);
        Map<String, Double> score = new HashMap<>();
        values.forEach(v -> score.put(v, EntityNameResolver.similarity(key, NameVariants.key(v))));
        return values.stream().distinct().sorted((a, b) -> Double.compare(score.get(b), score.get(a))).limit(max).toList();
    }
}
