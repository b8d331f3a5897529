package io.claimwatch.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lower-case phrases of a lexicon, found in a sentence's lower-case tokens. Phrases are indexed by
 * their first word, so a sentence is scanned once whatever the size of the lexicon. Contractions are
 * split as the tokenizer splits them ("can't" → "ca" "n't"). Immutable.
 */
final class Phrases {

    private final Map<String, List<String[]>> byFirst;

    private Phrases(Map<String, List<String[]>> byFirst) {
        this.byFirst = byFirst;
    }

    static Phrases of(Collection<String> phrases) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String p : phrases) {
            String[] words = split(p);
            if (words.length > 0) {
                map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        // Longest first, so that "fake news" wins over "fake".
        map.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return new Phrases(Map.copyOf(map));
    }

    /** The words of a phrase as tokens: "couldn't" → "could", "n't"; "so-called" → "so", "-", "called"; "'s" stays one token. */
    static String[] split(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace('’', '\'').trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.endsWith("n't") && w.length() > 3) {
                out.add(w.substring(0, w.length() - 3));
                out.add("n't");
            } else if (w.matches("\\p{L}+(-\\p{L}+)+")) {
                // The tokenizer splits a hyphenated word: "witch-hunt" → "witch" "-" "hunt".
                String[] parts = w.split("-");
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        out.add("-");
                    }
                    out.add(parts[k]);
                }
            } else {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The length of the longest phrase at token i, or 0. */
    int matchAt(String[] lower, int i) {
        List<String[]> candidates = byFirst.get(lower[i]);
        if (candidates == null) {
            return 0;
        }
        for (String[] p : candidates) {
            if (i + p.length <= lower.length && matches(lower, i, p)) {
                return p.length;
            }
        }
        return 0;
    }

    private static boolean matches(String[] lower, int i, String[] p) {
        for (int k = 1; k < p.length; k++) {
            if (!lower[i + k].equals(p[k])) {
                return false;
            }
        }
        return true;
    }

    /** The first token where a phrase starts, or -1. */
    int find(String[] lower) {
        return find(lower, 0, lower.length);
    }

    /** The first token in [from, to) where a phrase starts, or -1. */
    int find(String[] lower, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lower.length); i++) {
            if (matchAt(lower, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first words of the phrases: a sentence without any of them holds none. */
    Set<String> firstWords() {
        return byFirst.keySet();
    }

    /**
     * One telling word of each phrase, its longest (the first of equal length): "true" for "not true",
     * "herring" for "red herring". A sentence without any of them holds no phrase; far fewer sentences
     * have them than have the first words ("not", "red").
     */
    Set<String> keyWords() {
        Set<String> out = new java.util.HashSet<>();
        for (List<String[]> list : byFirst.values()) {
            for (String[] p : list) {
                String key = p[0];
                for (String w : p) {
                    if (w.length() > key.length()) {
                        key = w;
                    }
                }
                out.add(key);
            }
        }
        return Set.copyOf(out);
    }
}
