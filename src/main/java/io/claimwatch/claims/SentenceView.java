package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.model.Mention;
import io.claimwatch.nlp.TokenizedSentence;
import io.claimwatch.nlp.parse.DependencyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as the statement steps see it: its tokens, which of them are inside quotation marks,
 * the entity mentions it contains, as token ranges, and its dependency tree when it was parsed (only
 * sentences with a cue of attribution or dispute are).
 */
final class SentenceView {

    /** An entity mentioned at tokens [first, end). */
    record EntityMention(int first, int end, Entity entity) {}

    final TokenizedSentence tokens;
    final String text;
    final String[] lower;
    final boolean[] inQuote;
    final List<EntityMention> mentions;
    /** Whether a quotation is still open at the end of this sentence. */
    final boolean quoteOpenAtEnd;
    final boolean quoteOpenAtStart;
    /** The dependency tree, or null when the sentence carries no cue of attribution or dispute and was not parsed. */
    DependencyTree tree;
    /** Whether the sentence is the last of its paragraph (a line break or the end of the text follows it). */
    boolean endsParagraph;

    SentenceView(String original, TokenizedSentence tokens, List<Entity> entities, boolean quoteOpenAtStart) {
        this.tokens = tokens;
        this.text = original.substring(tokens.start(), tokens.end());
        int n = tokens.size();
        this.lower = new String[n];
        this.inQuote = new boolean[n];
        boolean open = quoteOpenAtStart;
        for (int i = 0; i < n; i++) {
            String t = tokens.tokens()[i];
            lower[i] = t.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (t.equals("“") || t.equals("«")) {
                open = true;
                inQuote[i] = true;
            } else if (t.equals("”") || t.equals("»")) {
                inQuote[i] = true;
                open = false;
            } else if (t.equals("\"")) {
                inQuote[i] = true;
                open = !open;
            } else {
                inQuote[i] = open;
            }
        }
        this.quoteOpenAtStart = quoteOpenAtStart;
        this.quoteOpenAtEnd = open;
        this.mentions = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() >= tokens.start() && m.end() <= tokens.end()) {
                    int first = tokenAt(m.start());
                    int end = tokenAt(m.end() - 1) + 1;
                    if (first >= 0 && end > first) {
                        mentions.add(new EntityMention(first, end, e));
                    }
                }
            }
        }
        mentions.sort((a, b) -> a.first() - b.first());
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.tokens()[i];
    }

    String tag(int i) {
        return tokens.tags()[i];
    }

    /** The longest entity mention covering a token ("Russia's defence ministry" over "Russia"), or null. */
    EntityMention mentionAt(int token) {
        EntityMention best = null;
        for (EntityMention m : mentions) {
            if (m.first() <= token && token < m.end() && (best == null || m.end() - m.first() > best.end() - best.first())) {
                best = m;
            }
        }
        return best;
    }

    /** The token holding this offset, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.starts()[i] <= offset && offset < tokens.ends()[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The text of tokens [from, to) as written. */
    String span(String original, int from, int to) {
        return original.substring(tokens.starts()[from], tokens.ends()[to - 1]);
    }

    /**
     * A verb, also where the tagger took it for a noun after a name ("Moscow denies", "by claiming"):
     * not after a determiner, a possessive or a common adjective ("the claims", "its reports"), nor right
     * after a verb, whose object it is ("raising questions whether", "faces charges").
     */
    boolean isVerbLike(int i) {
        String tag = tag(i);
        if (tag.equals("VERB") || tag.equals("AUX")) {
            return true;
        }
        if (!tag.equals("NOUN") || i == 0) {
            return false;
        }
        String prevTag = tag(i - 1);
        String prev = lower[i - 1];
        boolean properBefore = Character.isUpperCase(token(i - 1).charAt(0));
        return !(prevTag.equals("DET") || POSSESSIVES.contains(prev) || prevTag.equals("NUM") || prevTag.equals("VERB")
                || prevTag.equals("ADJ") && !properBefore);
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("its", "his", "her", "their", "our", "my",
            "your", "'s", "the", "a", "an", "these", "those", "such");

    boolean hasVerb() {
        for (String t : tokens.tags()) {
            if (t.equals("VERB") || t.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    boolean hasNumber() {
        for (String t : tokens.tokens()) {
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    boolean hasEntity(EntityType... types) {
        for (EntityMention m : mentions) {
            for (EntityType t : types) {
                if (m.entity().type() == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the phrase (lower-case words) occurs at token i. */
    boolean phraseAt(int i, List<String> phrase) {
        if (i + phrase.size() > lower.length) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!lower[i + k].equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first token where one of the phrases occurs, or -1. */
    int find(List<List<String>> phrases) {
        for (int i = 0; i < lower.length; i++) {
            for (List<String> p : phrases) {
                if (phraseAt(i, p)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Offsets of the quoted part of the sentence, or null when nothing is quoted. */
    int[] quotedSpan() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < inQuote.length; i++) {
            if (inQuote[i] && !isQuoteMark(tokens.tokens()[i])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {tokens.starts()[first], tokens.ends()[last]};
    }

    static boolean isQuoteMark(String t) {
        return t.equals("“") || t.equals("”") || t.equals("\"") || t.equals("«") || t.equals("»");
    }
}
