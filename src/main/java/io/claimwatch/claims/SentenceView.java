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
    /** The tokens as the statement steps read them: single quotation marks shown as double ones. */
    private final String[] shown;
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
        this.shown = tokens.tokens().clone();
        // What is open: nothing, a double or a single quotation, or one carried over from the sentence
        // before, which may have opened with either mark.
        char open = quoteOpenAtStart ? CARRIED : NONE;
        for (int i = 0; i < n; i++) {
            String t = shown[i];
            if (isSingleQuote(t)) {
                // Single quotation marks, as the Daily Mail quotes, stand for double ones; an apostrophe
                // ("the soldiers' families") is neither.
                if (open == NONE && opensQuote(original, tokens, i) && !scareQuote(original, tokens, i)) {
                    shown[i] = "“";
                    inQuote[i] = true;
                    open = SINGLE;
                } else if ((open == SINGLE || open == CARRIED) && closesSingle(original, tokens, i)) {
                    shown[i] = "”";
                    inQuote[i] = true;
                    open = NONE;
                } else {
                    inQuote[i] = open != NONE;
                }
            } else if ((open == SINGLE || open == CARRIED) && endsWithSingleQuote(t) && closesSingle(original, tokens, i)) {
                shown[i] = t.substring(0, t.length() - 1); // "'false flag' operations": the tokenizer left it on the word
                inQuote[i] = true;
                open = NONE;
            } else if (t.equals("“") || t.equals("«")) {
                open = open == SINGLE ? SINGLE : DOUBLE; // a quotation within a single one ('as “proof” of') leaves it open
                inQuote[i] = true;
            } else if (t.equals("”") || t.equals("»")) {
                inQuote[i] = true;
                if (open == NONE) {
                    quotedBefore(i); // "… act immediately,” he said.": the quotation began before this sentence
                }
                open = open == SINGLE ? SINGLE : NONE;
            } else if (t.equals("\"")) {
                inQuote[i] = true;
                if (open == NONE && closesAfterStop(original, tokens, i)) {
                    quotedBefore(i); // the same with a straight mark, which only its place tells from an opening one
                } else if (open == NONE) {
                    open = DOUBLE;
                } else if (open == CARRIED && i == 0 && opensQuote(original, tokens, i)) {
                    // A quotation that goes on into a new one opens it again without closing the last
                    // ("… escalate the situation. "No strikes were made …""): still quoted.
                    open = DOUBLE;
                } else if (open != SINGLE) {
                    open = NONE; // a double mark inside a single quotation is a quotation within it
                }
            } else {
                inQuote[i] = open != NONE;
            }
            lower[i] = shown[i].toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        this.quoteOpenAtStart = quoteOpenAtStart;
        this.quoteOpenAtEnd = open != NONE;
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
        return shown[i];
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
        String[] tags = tokens.tags();
        for (int i = 0; i < tags.length; i++) {
            // "That's not true", "It's a false allegation": the tagger takes a contracted "is" for a possessive.
            if (tags[i].equals("VERB") || tags[i].equals("AUX") || i > 0 && lower[i].equals("'s") && CONTRACTING.contains(lower[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns whose "'s" is "is" or "has", never a possessive. */
    private static final java.util.Set<String> CONTRACTING = java.util.Set.of("it", "that", "this", "there", "he", "she",
            "what", "who", "here", "where");

    boolean hasNumber() {
        for (String t : shown) {
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
            if (inQuote[i] && !isQuoteMark(shown[i])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {tokens.starts()[first], tokens.ends()[last]};
    }

    /** The most words a single-quoted term of a few words holds ('false information', 'special military operation'). */
    private static final int SCARE_QUOTE_WORDS = 4;
    private static final char NONE = 0;
    private static final char DOUBLE = 'd';
    private static final char SINGLE = 's';
    private static final char CARRIED = '?';

    private static boolean isSingleQuote(String t) {
        return t.equals("'") || t.equals("‘") || t.equals("’");
    }

    /** Words in single marks that close within a few words ("critics depict her as 'woke'"): a term held at arm's length, not speech. */
    private static boolean scareQuote(String text, TokenizedSentence tokens, int open) {
        for (int j = open + 1; j < Math.min(tokens.size(), open + 1 + SCARE_QUOTE_WORDS); j++) {
            String t = tokens.tokens()[j];
            if ((isSingleQuote(t) || endsWithSingleQuote(t)) && closesSingle(text, tokens, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSingleQuote(String t) {
        return t.length() > 1 && isSingleQuote(t.substring(t.length() - 1)) && Character.isLetterOrDigit(t.charAt(t.length() - 2));
    }

    /** Marks the tokens before a closing mark whose opening one this sentence does not hold as quoted. */
    private void quotedBefore(int close) {
        for (int k = 0; k < close; k++) {
            inQuote[k] = true;
        }
    }

    /**
     * "… act immediately," he said": a straight mark right after a stop or comma, before a space or the end — a
     * closing mark by its place (an opening one comes after a space and before a word).
     */
    private static boolean closesAfterStop(String text, TokenizedSentence tokens, int i) {
        int at = tokens.starts()[i];
        int end = tokens.ends()[i];
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        char after = end >= text.length() ? ' ' : text.charAt(end);
        return i > 0 && ",.!?".indexOf(before) >= 0 && Character.isWhitespace(after);
    }

    /** "… added: 'It's …", "('Russian')": a mark after a space or an opening, before a word. */
    private static boolean opensQuote(String text, TokenizedSentence tokens, int i) {
        int at = tokens.starts()[i];
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        boolean afterSpace = Character.isWhitespace(before) || "([—–-:;".indexOf(before) >= 0;
        boolean beforeWord = i + 1 < tokens.size() && tokens.starts()[i + 1] == tokens.ends()[i]
                && Character.isLetterOrDigit(tokens.tokens()[i + 1].charAt(0));
        return afterSpace && beforeWord && !tokens.tokens()[i].equals("’");
    }

    /** "… seriously,' he said", "'Russian')": a single mark right after a word or a stop, before a space or a stop. */
    private static boolean closesSingle(String text, TokenizedSentence tokens, int i) {
        int at = tokens.starts()[i];
        int end = tokens.ends()[i];
        boolean afterWord = end - at > 1 || at > 0 && !Character.isWhitespace(text.charAt(at - 1));
        char after = end >= text.length() ? ' ' : text.charAt(end);
        boolean beforeSpace = Character.isWhitespace(after) || ".,;:!?)]—–-".indexOf(after) >= 0;
        return afterWord && beforeSpace && !tokens.tokens()[i].equals("‘");
    }

    static boolean isQuoteMark(String t) {
        return t.equals("“") || t.equals("”") || t.equals("\"") || t.equals("«") || t.equals("»");
    }
}
