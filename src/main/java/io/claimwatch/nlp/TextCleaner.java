package io.claimwatch.nlp;

import io.claimwatch.model.CleanedText;
import io.claimwatch.model.RemovedSpan;
import io.claimwatch.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into paragraphs (one per line) and keeps those worth analysing: page furniture
 * (comment prompts, share buttons, credits), blocks of teaser headlines after "You may also like"
 * and paragraphs the page repeats are left out. Offsets stay those of the original text.
 */
public final class TextCleaner {

    /** A teaser headline is short and does not end like a sentence. */
    private static final int TEASER_MAX_WORDS = 20;

    private final BoilerplateLexicon lexicon;

    public TextCleaner(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public CleanedText clean(String text) {
        List<TextSpan> kept = new ArrayList<>();
        List<RemovedSpan> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inTeaserBlock = false;
        for (TextSpan paragraph : paragraphs(text)) {
            String p = paragraph.of(text);
            if (lexicon.opensTeaserBlock(p)) {
                inTeaserBlock = true;
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "boilerplate"));
                continue;
            }
            if (lexicon.isBoilerplateLine(p)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "boilerplate"));
                continue;
            }
            if (inTeaserBlock && looksLikeTeaser(p)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "teaser"));
                continue;
            }
            inTeaserBlock = false;
            String norm = normalise(p);
            if (norm.length() >= 20 && !seen.add(norm)) {
                removed.add(new RemovedSpan(paragraph.start(), paragraph.end(), "repeated"));
                continue;
            }
            kept.add(paragraph);
        }
        return new CleanedText(kept, removed);
    }

    /** Non-blank lines, trimmed, as spans of the original text. */
    static List<TextSpan> paragraphs(String text) {
        List<TextSpan> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new TextSpan(s, e));
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private static boolean looksLikeTeaser(String p) {
        String t = p.strip();
        char last = t.charAt(t.length() - 1);
        boolean endsLikeSentence = last == '.' || last == '"' || last == '”' || last == '!';
        return !endsLikeSentence && t.split("\\s+").length <= TEASER_MAX_WORDS;
    }

    /** Case, punctuation and spacing do not make a paragraph new. */
    static String normalise(String p) {
        StringBuilder b = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
