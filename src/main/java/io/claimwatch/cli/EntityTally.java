package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles per entity, counted from enriched articles the way the dashboard's entity page counts
 * them: by entity id, each article once. One entity is spelled differently in different articles
 * ("Karvisk", "Karvysk") but keeps one id, so counting by name would split it.
 */
final class EntityTally {

    private final Map<String, Integer> articlesById = new HashMap<>();
    /** Per id, how many articles gave each "name (TYPE)": the one most of them use is shown. */
    private final Map<String, Map<String, Integer>> namesById = new HashMap<>();

    /** Counts one enriched article's entities. */
    void add(JsonNode article) {
        Set<String> seen = new HashSet<>();
        for (JsonNode e : article.path("entities")) {
            String id = e.path("id").asText();
            if (id.isEmpty() || !seen.add(id)) {
                continue;
            }
            articlesById.merge(id, 1, Integer::sum);
            namesById.computeIfAbsent(id, k -> new HashMap<>())
                    .merge(e.path("name").asText(id) + " (" + e.path("type").asText() + ")", 1, Integer::sum);
        }
    }

    int distinct() {
        return articlesById.size();
    }

    /** The n entities named by the most articles, most first, as "name (TYPE) ×articles", safe to print. */
    List<String> top(int n) {
        return articlesById.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> TerminalText.line(usualName(e.getKey())) + " ×" + e.getValue()).toList();
    }

    /** The name most articles give the entity; on a tie, the first in alphabetical order. */
    private String usualName(String id) {
        return namesById.getOrDefault(id, Map.of()).entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(id);
    }
}
