package io.claimwatch.nlp;

import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.NameVariants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns what a person types ("Zelenskyy", "Poutine", "Eastbrook", "karvisk") into the entity id the
 * pipeline uses, against the alias table and any other directories (the indexed entities), and says
 * which known names are closest when nothing matches.
 *
 * <p>Ids are derived from names, so the ids a name can have are few and computable: the alias
 * table's entry (by alias, or a listed person's surname), the slug of the name (table, gazetteer and
 * institution names) and the slug of its spelling key (names known from text only, so that
 * "Mykhaylo Fedorovich" and "Mykhailo Fedorovych" meet). The first of those a directory knows wins.
 */
public final class EntityNameResolver {

    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();
    /** Below this a known name is not worth suggesting. */
    private static final double SUGGEST_FROM = 0.5;

    private final AliasTable aliases;
    private final List<EntityDirectory> directories;

    public EntityNameResolver(AliasTable aliases, List<EntityDirectory> directories) {
        this.aliases = aliases;
        this.directories = List.copyOf(directories);
    }

    /** The ids this text could stand for, most specific first. */
    public List<String> candidateIds(String given) {
        String text = given.strip();
        Set<String> ids = new LinkedHashSet<>();
        if (ID_FORM.matcher(text).matches()) {
            ids.add(text);
        }
        AliasTable.Known known = aliases.find(text);
        if (known == null && !text.contains(" ")) {
            known = aliases.bySurname(text);
        }
        if (known != null) {
            ids.add(NameVariants.slug(known.name()));
        }
        ids.add(NameVariants.slug(text));
        ids.add(NameVariants.slug(NameVariants.key(text)));
        ids.remove("");
        return new ArrayList<>(ids);
    }

    /** The known entity this name or id stands for, or null. */
    public KnownEntity entity(String given) {
        List<String> candidates = candidateIds(given);
        Map<String, KnownEntity> known = lookup(candidates);
        for (String id : candidates) {
            if (known.containsKey(id)) {
                return known.get(id);
            }
        }
        return null;
    }

    /** Of these ids, the known ones; the alias table's name first, the indexed article count added. */
    public Map<String, KnownEntity> lookup(List<String> ids) {
        Map<String, KnownEntity> out = new LinkedHashMap<>();
        for (EntityDirectory d : directories) {
            d.byIds(ids).forEach((id, k) -> out.merge(id, k, (a, b) -> new KnownEntity(id, a.name(),
                    a.type().isEmpty() ? b.type() : a.type(), Math.max(a.articles(), b.articles()))));
        }
        return out;
    }

    /** The known claimer phrase ("Western experts") as the statements have it, or null. */
    public String claimer(String given) {
        for (EntityDirectory d : directories) {
            String c = d.claimer(given.strip());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Up to n known entities closest to the text, closest first. */
    public List<KnownEntity> closestEntities(String given, int n) {
        Map<String, KnownEntity> candidates = new LinkedHashMap<>();
        for (EntityDirectory d : directories) {
            for (KnownEntity k : d.near(given, 50)) {
                candidates.merge(k.id(), k, (a, b) -> new KnownEntity(a.id(), a.name(), a.type().isEmpty() ? b.type() : a.type(),
                        Math.max(a.articles(), b.articles())));
            }
        }
        String key = NameVariants.key(given);
        return candidates.values().stream()
                .map(k -> Map.entry(k, similarity(key, NameVariants.key(k.name()))))
                .filter(e -> e.getValue() >= SUGGEST_FROM)
                .sorted(Map.Entry.<KnownEntity, Double>comparingByValue().reversed()
                        .thenComparing(e -> -e.getKey().articles()).thenComparing(e -> e.getKey().name()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** Up to n known claimer phrases closest to the text, closest first. */
    public List<String> closestClaimers(String given, int n) {
        Set<String> phrases = new LinkedHashSet<>();
        directories.forEach(d -> phrases.addAll(d.claimersNear(given, 50)));
        String key = NameVariants.key(given);
        return phrases.stream()
                .map(p -> Map.entry(p, similarity(key, NameVariants.key(p))))
                .filter(e -> e.getValue() >= SUGGEST_FROM)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /**
     * How alike two spelling keys are, in [0, 1]: the better of the whole strings' edit similarity and
     * the words' (each word of the text against its best word of the name, so "Zelenksy" is close to
     * "Volodymyr Zelensky" and "Eastbrook" to "Eastbrook City Council").
     */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double whole = editSimilarity(a, b);
        String[] wordsA = a.split(" ");
        String[] wordsB = b.split(" ");
        double sum = 0;
        for (String wa : wordsA) {
            double best = 0;
            for (String wb : wordsB) {
                best = Math.max(best, editSimilarity(wa, wb));
            }
            sum += best;
        }
        // Words matched, discounted a little for the name's words the text leaves out.
        double words = sum / wordsA.length * (1 - 0.05 * Math.max(0, wordsB.length - wordsA.length));
        return Math.max(whole, words);
    }

    private static double editSimilarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return 1.0 - (double) EDITS.apply(a, b) / longest;
    }
}
