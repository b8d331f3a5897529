package io.claimwatch.claims;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.Entity;
import io.claimwatch.model.Mention;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The claims and counterclaims of an analysed article as the cross-article linker compares them. */
public final class StatementRefs {

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "has", "had", "were", "was",
            "been", "their", "they", "there", "which", "would", "will", "said", "says", "after", "about", "into", "over",
            "more", "than", "also", "some", "other", "such", "when", "what", "while", "being", "those", "these", "them",
            "could", "should", "told", "added", "according", "its", "his", "her", "very", "only", "just", "said,");

    /** Content words kept per claim: a sentence has far fewer; a run-on "sentence" of a page must not fill the state. */
    static final int MAX_WORDS = 80;

    private StatementRefs() {}

    public static List<StatementRef> of(String articleId, String source, String url, long publishedAt, String text, Annotation a) {
        return of(articleId, source, url, publishedAt, text, a, ArticleCaps.DEFAULTS);
    }

    /**
     * At most {@code caps.claims()} claims and counterclaims (the first ones), each under at most
     * {@code caps.entityKeysPerClaim()} entities (its claimer first) and with its sentence cut to
     * {@code caps.claimTextChars()}: what one article can put into the linking state is bounded.
     */
    public static List<StatementRef> of(String articleId, String source, String url, long publishedAt, String text, Annotation a,
            ArticleCaps caps) {
        List<StatementRef> out = new ArrayList<>();
        for (Statement s : a.statements()) {
            if (!s.label().isPositive()) {
                continue;
            }
            if (out.size() >= caps.claims()) {
                break;
            }
            Set<String> entities = new LinkedHashSet<>();
            if (s.claimerId() != null) {
                entities.add(s.claimerId());
            }
            // Words of names are compared as entities, not again as words.
            StringBuilder withoutNames = new StringBuilder(text.substring(s.start(), s.end()));
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    if (m.start() >= s.start() && m.end() <= s.end()) {
                        entities.add(e.id());
                        for (int i = m.start(); i < m.end(); i++) {
                            withoutNames.setCharAt(i - s.start(), ' ');
                        }
                    }
                }
            }
            String sentence = text.substring(s.start(), s.end());
            if (sentence.length() > caps.claimTextChars()) {
                sentence = sentence.substring(0, caps.claimTextChars()) + "…";
            }
            List<String> keys = entities.stream().limit(caps.entityKeysPerClaim()).toList();
            List<String> words = contentWords(withoutNames.toString());
            out.add(new StatementRef(StatementRef.globalId(articleId, s.start()), articleId, source, url, publishedAt, s.label(), s.score(),
                    s.claimer(), s.claimerId(), sentence, keys, words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words));
        }
        return out;
    }

    /** Lower-case stems (first six letters) of the words of four letters or more that carry content. */
    public static List<String> contentWords(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return List.copyOf(out);
    }
}
