package io.claimwatch.nlp.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The parser's own part-of-speech tagger: greedy, left to right, a linear model over the word, its
 * affixes and shape, its neighbours and the two tags before it (the features of Collins 2002 and
 * Ratnaparkhi 1996). Trained on the same treebank as the parser, on its syntactic words, so that
 * split clitics ("’s", "n’t") get the tags the parser learnt. Not thread-safe (it keeps buffers);
 * the model is shared.
 */
final class PosTagger {

    static final int MAX_FEATURES = 32;
    private static final int NONE = 0x5bd1e995;

    private final LinearModel weights;
    private final List<String> tags;
    private final ParserVocabulary vocabulary;
    private final long[] feats = new long[MAX_FEATURES];
    private final float[] scores;
    private int[] word = new int[0];
    private int[] form = new int[0];
    private int[] suffix3 = new int[0];
    private String[] normal = new String[0];
    private boolean[] known = new boolean[0];

    private final String[] tagNames;
    private final int propn;

    PosTagger(LinearModel weights, ParserVocabulary vocabulary) {
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.tags = ParserModel.ordered(vocabulary.tags());
        this.tagNames = tags.toArray(new String[0]);
        this.propn = tags.indexOf("PROPN");
        this.scores = new float[tags.size()];
    }

    /** The tag ids of the sentence's tokens. */
    int[] tag(String[] tokens) {
        return tag(tokens, null);
    }

    /**
     * The tag ids of the sentence's tokens, those marked as names fixed to PROPN (what the entity
     * annotator knows from its gazetteers and alias table beats the tagger's guess on rare names).
     */
    int[] tag(String[] tokens, boolean[] names) {
        encode(tokens);
        int[] out = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (names != null && names[i] && propn >= 0) {
                out[i] = propn;
                continue;
            }
            out[i] = best(tokens, i, out);
        }
        return out;
    }

    private int best(String[] tokens, int i, int[] tagsSoFar) {
        int n = extract(tokens, i, tagsSoFar, feats);
        Arrays.fill(scores, 0f);
        weights.score(feats, n, scores);
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    String name(int tag) {
        return tagNames[tag];
    }

    void encode(String[] tokens) {
        int n = tokens.length;
        if (word.length < n) {
            int cap = Math.max(n, word.length * 2);
            word = new int[cap];
            form = new int[cap];
            suffix3 = new int[cap];
            normal = new String[cap];
            known = new boolean[cap];
        }
        for (int i = 0; i < n; i++) {
            String w = ParserVocabulary.normalize(tokens[i]);
            normal[i] = w;
            known[i] = vocabulary.words().containsKey(w);
            word[i] = w.hashCode();
            form[i] = tokens[i].hashCode();
            suffix3[i] = suffix(w, 3);
        }
    }

    private static int suffix(String w, int k) {
        return w.length() <= k ? w.hashCode() ^ 0x3c6ef372 : hash(w, w.length() - k, w.length());
    }

    private static int prefix(String w, int k) {
        return w.length() <= k ? w.hashCode() ^ 0x1b873593 : hash(w, 0, k);
    }

    /**
     * {@code w.substring(from, to).hashCode()} without the substring: String's hash is specified
     * (s[0]*31^(n-1) + ... + s[n-1]), and this is the same number.
     */
    static int hash(String w, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + w.charAt(i);
        }
        return h;
    }

    /** "Xxxx" → "Xx", "U.S." → "X.X.", "2,300" → "d,d": the word's shape with runs collapsed. */
    static int shape(String token) {
        int h = 17;
        char last = 0;
        int length = 0;
        for (int i = 0; i < token.length() && length < 6; i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                h = h * 31 + s;
                last = s;
                length++;
            }
        }
        return h;
    }

    /** The features of token i given the tags already chosen before it. */
    int extract(String[] tokens, int i, int[] tagsSoFar, long[] out) {
        int n = tokens.length;
        String w = normal[i];
        int prev = i > 0 ? word[i - 1] : NONE;
        int prev2 = i > 1 ? word[i - 2] : NONE;
        int next = i + 1 < n ? word[i + 1] : NONE;
        int next2 = i + 2 < n ? word[i + 2] : NONE;
        int t1 = i > 0 ? tagsSoFar[i - 1] : -1;
        int t2 = i > 1 ? tagsSoFar[i - 2] : -1;
        int shape = shape(tokens[i]);
        int k = 0;
        out[k++] = ParserFeatures.h(1, 0);
        out[k++] = ParserFeatures.h(2, word[i]);
        out[k++] = ParserFeatures.h(3, suffix(w, 1));
        out[k++] = ParserFeatures.h(4, suffix(w, 2));
        out[k++] = ParserFeatures.h(5, suffix3[i]);
        out[k++] = ParserFeatures.h(6, suffix(w, 4));
        out[k++] = ParserFeatures.h(7, prefix(w, 1));
        out[k++] = ParserFeatures.h(8, prefix(w, 2));
        out[k++] = ParserFeatures.h(9, prefix(w, 3));
        out[k++] = ParserFeatures.h(10, shape);
        // Whether the word is frequent in training, with its shape: an unknown capitalised word at the
        // start of a sentence is a name ("Musk replied"), not the function word its affixes suggest.
        out[k++] = ParserFeatures.h(27, shape, known[i] ? 1 : 0, i == 0 ? 1 : 0);
        out[k++] = ParserFeatures.h(28, known[i] ? 1 : 0, t1);
        out[k++] = ParserFeatures.h(11, prev);
        out[k++] = ParserFeatures.h(12, next);
        out[k++] = ParserFeatures.h(13, prev2);
        out[k++] = ParserFeatures.h(14, next2);
        out[k++] = ParserFeatures.h(15, t1);
        out[k++] = ParserFeatures.h(16, t2, t1);
        out[k++] = ParserFeatures.h(17, t1, word[i]);
        out[k++] = ParserFeatures.h(18, i > 0 ? suffix3[i - 1] : NONE);
        out[k++] = ParserFeatures.h(19, i + 1 < n ? suffix3[i + 1] : NONE);
        out[k++] = ParserFeatures.h(20, word[i], next);
        out[k++] = ParserFeatures.h(21, prev, word[i]);
        out[k++] = ParserFeatures.h(22, shape, i == 0 ? 1 : 0);
        out[k++] = ParserFeatures.h(23, form[i]);
        out[k++] = ParserFeatures.h(24, t1, shape);
        out[k++] = ParserFeatures.h(25, t1, next);
        out[k++] = ParserFeatures.h(26, i + 1 < n ? shape(tokens[i + 1]) : NONE);
        return k;
    }
}
