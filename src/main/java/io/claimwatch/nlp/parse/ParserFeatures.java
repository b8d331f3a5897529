package io.claimwatch.nlp.parse;

/**
 * The feature templates of the parser: words, tags, suffixes, outermost dependents with their
 * labels, distance, valency and label sets around the top of the stack and the front of the buffer
 * (after Zhang and Nivre 2011, reduced to what a greedy arc-hybrid parser sees). Each feature is a
 * 64-bit hash of its template and values, so extraction allocates nothing. Not thread-safe: it holds
 * the encoded sentence.
 */
final class ParserFeatures {

    static final int MAX = 96;

    private final ParserVocabulary vocabulary;
    private int[] word = new int[0];
    private int[] tag = new int[0];
    private int[] suffix = new int[0];
    /** Commas before each token, for "how many commas between s0 and b0". */
    private int[] commas = new int[0];

    ParserFeatures(ParserVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Encodes the sentence once; the root is token n. */
    void encode(String[] tokens, String[] tags) {
        int n = tokens.length;
        if (word.length < n + 1) {
            int cap = Math.max(n + 1, word.length * 2);
            word = new int[cap];
            tag = new int[cap];
            suffix = new int[cap];
            commas = new int[cap];
        }
        int c = 0;
        for (int i = 0; i < n; i++) {
            word[i] = vocabulary.word(tokens[i]);
            tag[i] = vocabulary.tag(tags[i]);
            String w = ParserVocabulary.normalize(tokens[i]);
            suffix[i] = (w.length() > 3 ? w.substring(w.length() - 3) : w).hashCode();
            commas[i] = c;
            if (tokens[i].equals(",")) {
                c++;
            }
        }
        word[n] = ParserVocabulary.ROOT;
        tag[n] = ParserVocabulary.ROOT;
        suffix[n] = ParserVocabulary.ROOT;
        commas[n] = c;
    }

    private int w(int i) {
        return i < 0 ? ParserVocabulary.NONE : word[i];
    }

    private int t(int i) {
        return i < 0 ? ParserVocabulary.NONE : tag[i];
    }

    private int suf(int i) {
        return i < 0 ? ParserVocabulary.NONE : suffix[i];
    }

    private static int lab(ParseState s, int i) {
        return i < 0 ? -2 : s.labels[i];
    }

    private static int at(int[] a, int i) {
        return i < 0 ? -1 : a[i];
    }

    private static int distance(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        int d = Math.abs(b - a);
        return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
    }

    /** Writes the features of the configuration into out and returns how many. */
    int extract(ParseState s, long[] out) {
        int s0 = s.stack(0);
        int s1 = s.stack(1);
        int s2 = s.stack(2);
        int b0 = s.buffer(0);
        int b1 = s.buffer(1);
        int b2 = s.buffer(2);
        int s0l = at(s.left1, s0);
        int s0l2 = at(s.left2, s0);
        int s0r = at(s.right1, s0);
        int s0r2 = at(s.right2, s0);
        int s1l = at(s.left1, s1);
        int s1r = at(s.right1, s1);
        int b0l = at(s.left1, b0);
        int b0l2 = at(s.left2, b0);
        int s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2);
        int b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2);
        int d = distance(s0, b0);
        int k = 0;
        out[k++] = h(1, s0w);
        out[k++] = h(2, s0t);
        out[k++] = h(3, s0w, s0t);
        out[k++] = h(4, s1w);
        out[k++] = h(5, s1t);
        out[k++] = h(6, s1w, s1t);
        out[k++] = h(7, s2t);
        out[k++] = h(8, b0w);
        out[k++] = h(9, b0t);
        out[k++] = h(10, b0w, b0t);
        out[k++] = h(11, b1w);
        out[k++] = h(12, b1t);
        out[k++] = h(13, b1w, b1t);
        out[k++] = h(14, b2t);
        out[k++] = h(15, b2w);
        out[k++] = h(16, t(s0l));
        out[k++] = h(17, lab(s, s0l));
        out[k++] = h(18, t(s0r));
        out[k++] = h(19, lab(s, s0r));
        out[k++] = h(20, t(s0l2), lab(s, s0l2));
        out[k++] = h(21, t(s0r2), lab(s, s0r2));
        out[k++] = h(22, t(s1l), lab(s, s1l));
        out[k++] = h(23, t(s1r), lab(s, s1r));
        out[k++] = h(24, t(b0l));
        out[k++] = h(25, lab(s, b0l));
        out[k++] = h(26, t(b0l2), lab(s, b0l2));
        out[k++] = h(27, w(s0l));
        out[k++] = h(28, w(s0r));
        out[k++] = h(29, w(b0l));
        out[k++] = h(30, suf(s0));
        out[k++] = h(31, suf(b0));
        out[k++] = h(32, suf(b1));
        out[k++] = h(33, suf(s1));
        out[k++] = h(40, s0w, b0w);
        out[k++] = h(41, s0t, b0t);
        out[k++] = h(42, s0w, s0t, b0t);
        out[k++] = h(43, s0t, b0w, b0t);
        out[k++] = h(44, s0w, b0t);
        out[k++] = h(45, s0t, b0w);
        out[k++] = h(46, s0w, s0t, b0w, b0t);
        out[k++] = h(47, s1w, s0w);
        out[k++] = h(48, s1t, s0t);
        out[k++] = h(49, s1t, s0w, s0t);
        out[k++] = h(50, s1w, s1t, s0t);
        out[k++] = h(51, s1w, s0t);
        out[k++] = h(52, b0t, b1t);
        out[k++] = h(53, b0w, b1w);
        out[k++] = h(54, b0w, b1t);
        out[k++] = h(55, b0t, b1w);
        out[k++] = h(56, s1t, b0t);
        out[k++] = h(57, s1w, b0w);
        out[k++] = h(58, s0t, suf(b0));
        out[k++] = h(59, suf(s0), b0t);
        out[k++] = h(60, s0t, b0t, b1t);
        out[k++] = h(61, s1t, s0t, b0t);
        out[k++] = h(62, s0t, b0t, t(b0l));
        out[k++] = h(63, s0t, t(s0l), b0t);
        out[k++] = h(64, s0t, t(s0r), b0t);
        out[k++] = h(65, s1t, s0t, t(s0r));
        out[k++] = h(66, s1t, s0t, t(s0l));
        out[k++] = h(67, s2t, s1t, s0t);
        out[k++] = h(68, b0t, b1t, b2t);
        out[k++] = h(69, s1t, t(s1r), s0t);
        out[k++] = h(70, s0t, b0t, t(b0l2));
        out[k++] = h(71, s0w, b0t, b1t);
        out[k++] = h(72, s0t, b0w, b1t);
        out[k++] = h(73, s1t, s0t, lab(s, s0l));
        out[k++] = h(74, s0t, lab(s, s0l), lab(s, s0r));
        out[k++] = h(80, s0w, d);
        out[k++] = h(81, s0t, d);
        out[k++] = h(82, b0w, d);
        out[k++] = h(83, b0t, d);
        out[k++] = h(84, s0t, b0t, d);
        out[k++] = h(85, s1t, s0t, distance(s1, s0));
        out[k++] = h(86, s0w, b0w, d);
        out[k++] = h(90, s0w, at(s.leftCount, s0));
        out[k++] = h(91, s0t, at(s.leftCount, s0));
        out[k++] = h(92, s0w, at(s.rightCount, s0));
        out[k++] = h(93, s0t, at(s.rightCount, s0));
        out[k++] = h(94, b0w, at(s.leftCount, b0));
        out[k++] = h(95, b0t, at(s.leftCount, b0));
        out[k++] = h(96, s1t, at(s.rightCount, s1));
        out[k++] = h(97, s1w, at(s.rightCount, s1));
        out[k++] = h(100, s0t, s0 < 0 ? 0 : s.leftLabels[s0]);
        out[k++] = h(101, s0t, s0 < 0 ? 0 : s.rightLabels[s0]);
        out[k++] = h(102, b0t, b0 < 0 ? 0 : s.leftLabels[b0]);
        out[k++] = h(103, s1t, s1 < 0 ? 0 : s.rightLabels[s1]);
        int between = s0 < 0 || b0 < 0 ? -1 : Math.min(3, commas[b0] - commas[s0]);
        out[k++] = h(110, s0t, b0t, between);
        out[k++] = h(111, s1t, s0t, s1 < 0 || s0 < 0 ? -1 : Math.min(3, commas[s0] - commas[s1]));
        out[k++] = h(112, s0w, b0t, between);
        return k;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static final long[] SEEDS = new long[128];

    static {
        for (int t = 0; t < SEEDS.length; t++) {
            SEEDS[t] = mix(t * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        }
    }

    private static long seed(int template) {
        return SEEDS[template];
    }

    static long h(int template, long a) {
        return mix(seed(template) ^ a);
    }

    static long h(int template, long a, long b) {
        return mix(mix(seed(template) ^ a) ^ b);
    }

    static long h(int template, long a, long b, long c) {
        return mix(mix(mix(seed(template) ^ a) ^ b) ^ c);
    }

    static long h(int template, long a, long b, long c, long d) {
        return mix(mix(mix(mix(seed(template) ^ a) ^ b) ^ c) ^ d);
    }
}
