package io.claimwatch.nlp.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols a parser model knows: the words frequent enough in training to be features of their
 * own (others share one of three unknown-word classes), the POS tags and the relation labels.
 */
record ParserVocabulary(Map<String, Integer> words, Map<String, Integer> tags, List<String> labels) {

    static final int NONE = -1;
    static final int ROOT = -2;

    ParserVocabulary {
        words = Map.copyOf(words);
        tags = Map.copyOf(tags);
        labels = List.copyOf(labels);
        if (labels.size() > 63) {
            throw new IllegalArgumentException("at most 63 relation labels are supported, got " + labels.size());
        }
    }

    /** Lower case, curly apostrophes straight, digits as 0: "2,300" and "1,500" are one word. */
    static String normalize(String token) {
        StringBuilder b = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char m = Character.isDigit(c) ? '0' : c == '’' || c == '‘' ? '\'' : c == '“' || c == '”' ? '"' : Character.toLowerCase(c);
            if (m != c && b == null) {
                b = new StringBuilder(token.length()).append(token, 0, i);
            }
            if (b != null) {
                b.append(m);
            }
        }
        return b == null ? token : b.toString();
    }

    int word(String token) {
        Integer id = words.get(normalize(token));
        if (id != null) {
            return id;
        }
        int unknown = words.size();
        char c = token.isEmpty() ? ' ' : token.charAt(0);
        return Character.isUpperCase(c) ? unknown : Character.isDigit(c) ? unknown + 1 : unknown + 2;
    }

    int tag(String tag) {
        Integer id = tags.get(tag);
        return id == null ? tags.size() : id;
    }

    int label(String relation) {
        return labels.indexOf(relation);
    }

    static Map<String, Integer> index(Iterable<String> symbols) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : symbols) {
            out.putIfAbsent(s, out.size());
        }
        return out;
    }
}
