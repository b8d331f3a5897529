package io.claimwatch.nlp;

import io.claimwatch.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rough sentence spans inside one paragraph, for the cleaner only: enough to find a credit line or a
 * caption in a run-on paragraph of scraped text, without loading the sentence model. A sentence ends
 * at {@code . ! ?} (and closing quotes or brackets) before a space and a capital, a digit, a quote or a
 * bracket, except after initials ("U.N.", "J.") and common abbreviations ("Mr.", "Gen.", "Aug."); and after a
 * web address before a capital (scraped promos run their link into the next caption).
 */
final class SentenceBounds {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "sen", "rep",
            "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "v",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "etc", "approx", "dept",
            "est", "fig", "gov't", "u.s", "u.k", "u.n", "e.g", "i.e");

    private SentenceBounds() {}

    /** Sentences of {@code text[start, end)}, trimmed, as spans of {@code text}. */
    static List<TextSpan> of(String text, int start, int end) {
        List<TextSpan> out = new ArrayList<>();
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && endsLink(text, s, i) && i + 1 < end && Character.isUpperCase(text.charAt(i + 1))) {
                // "… coverage at https://apnews.com/hub/ukraine FILE - A man …": a link ends a promo.
                add(out, text, s, i);
                s = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < end && isCloser(text.charAt(j))) {
                j++;
            }
            if (j >= end || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= end || !opensSentence(text.charAt(k)) || (c == '.' && isAbbreviation(text, s, i))) {
                continue;
            }
            add(out, text, s, j);
            s = k;
            i = k - 1;
        }
        add(out, text, s, end);
        return out;
    }

    /** The word that ends at {@code at} is a web address. */
    private static boolean endsLink(String text, int sentenceStart, int at) {
        int w = at;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return text.startsWith("http://", w) || text.startsWith("https://", w) || text.startsWith("www.", w);
    }

    private static void add(List<TextSpan> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new TextSpan(s, e));
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '«' || c == '—' || c == '-';
    }

    /** The word before the full stop at {@code dot} is an initial or a listed abbreviation. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (word.matches("(\\p{L}\\.)+\\p{L}")) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
