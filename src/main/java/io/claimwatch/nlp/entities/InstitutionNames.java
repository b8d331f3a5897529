package io.claimwatch.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an institution's name says, whatever its word order: its head ("ministry", "guard",
 * "department"), its function ("defense", "foreign", "national") and its country. "Ministry of
 * Defence of Russia", "Russia's Defense Ministry" and "Russian Defence Ministry" have one signature;
 * "the defence ministry" has the same without a country.
 */
final class InstitutionNames {

    /** Head word, function words (normalised, sorted) and country (null when the name gives none). */
    record Signature(String head, Set<String> function, String country) {
        boolean sameFunction(Signature o) {
            return head.equals(o.head) && function.equals(o.function);
        }
    }

    private static final Set<String> SMALL = Set.of("the", "of", "for", "and", "on", "in", "to", "s");

    private final EntityKnowledge knowledge;
    private final EntityLexicon lexicon;

    InstitutionNames(EntityKnowledge knowledge) {
        this.knowledge = knowledge;
        this.lexicon = knowledge.lexicon();
    }

    /** The signature of an organisation's name, or null when it has no institution head word. */
    Signature signature(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.replace("’s", "").replace("'s", "").replace("´s", "").split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        // The head: the institution word before "of"/"for" ("Ministry of Defence"), else the last one.
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.orgHeads().contains(words.get(i).toLowerCase(Locale.ROOT))) {
                boolean before = i + 1 < words.size() && (words.get(i + 1).equalsIgnoreCase("of") || words.get(i + 1).equalsIgnoreCase("for"));
                if (before) {
                    head = i;
                    break;
                }
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        String country = null;
        Set<String> function = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            if (i == head || SMALL.contains(lower) || lower.equals("affairs")) {
                continue;
            }
            String place = i + 1 < words.size() && i + 1 != head ? countryOf(words.get(i) + " " + words.get(i + 1)) : null;
            if (place != null) {
                country = place;
                i++;
                continue;
            }
            place = countryOf(words.get(i));
            if (place != null) {
                country = place;
            } else {
                function.add(normal(lower));
            }
        }
        if (function.isEmpty() && country == null) {
            return null;
        }
        return new Signature(normal(words.get(head).toLowerCase(Locale.ROOT)), Set.copyOf(function), country);
    }

    /** "Russian" → Russia, "Russia" → Russia, "US" → United States; null for any other word. */
    private String countryOf(String word) {
        String byDemonym = lexicon.countryOf(word);
        if (byDemonym != null) {
            return byDemonym;
        }
        if (!knowledge.isCountry(word)) {
            return null;
        }
        AliasTable.Known k = knowledge.aliases().find(word);
        return k != null ? k.name() : word;
    }

    /** British and American spellings and synonyms of function words meet. */
    private static String normal(String w) {
        return switch (w) {
            case "defence" -> "defense";
            case "internal", "home" -> "interior";
            case "ministries" -> "ministry";
            default -> w;
        };
    }
}
