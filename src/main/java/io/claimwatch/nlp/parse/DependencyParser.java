package io.claimwatch.nlp.parse;

import java.util.Arrays;

/**
 * A greedy arc-hybrid dependency parser: its own POS tagger, then one left-to-right pass in which
 * each step takes the best-scoring transition of a linear model (about 2n steps of a few dozen hashed
 * features each). Not thread-safe: each annotator has its own; the model is shared.
 */
public final class DependencyParser {

    private final ParserModel model;
    private final PosTagger tagger;
    private final ParserFeatures features;
    private final ParseState state = new ParseState();
    private final long[] feats = new long[ParserFeatures.MAX];
    private final float[] scores;
    private final int labels;

    public DependencyParser(ParserModel model) {
        this.model = model;
        this.tagger = new PosTagger(model.tagger, model.vocabulary);
        this.features = new ParserFeatures(model.vocabulary);
        this.labels = model.vocabulary.labels().size();
        this.scores = new float[model.classCount()];
    }

    /** The tree of one sentence from its tokens (split as Universal Dependencies splits words: "Ukraine", "’s"). */
    public DependencyTree parse(String[] tokens) {
        return parse(tokens, (boolean[]) null);
    }

    /**
     * The tree of one sentence whose tokens marked true are known to be parts of names: they are
     * tagged PROPN whatever the tagger would guess ("Ned Price" is no verb and noun).
     */
    public DependencyTree parse(String[] tokens, boolean[] names) {
        if (names != null && names.length != tokens.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + names.length + " name marks");
        }
        return parseTagIds(tokens, tagger.tag(tokens, names));
    }

    private DependencyTree parseTagIds(String[] tokens, int[] tagIds) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tagger.name(tagIds[i]);
        }
        return parseTagged(tokens, tags);
    }

    /** The tree of one sentence from its tokens and given UPOS tags (the treebank's, for evaluation). */
    public DependencyTree parseTagged(String[] tokens, String[] tags) {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + tags.length + " tags");
        }
        int n = tokens.length;
        features.encode(tokens, tags);
        state.reset(n);
        while (!state.terminal()) {
            int cls = best(state);
            state.apply(move(cls, labels), label(cls, labels));
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = state.heads[i] == n ? -1 : state.heads[i];
            int l = state.labels[i];
            relations[i] = heads[i] < 0 ? "root" : l >= 0 ? model.vocabulary.labels().get(l) : "dep";
        }
        return new DependencyTree(heads, relations, tags);
    }

    private int best(ParseState s) {
        int n = features.extract(s, feats);
        Arrays.fill(scores, 0f);
        model.transitions.score(feats, n, scores);
        return bestValid(s, scores, labels);
    }

    /** The highest-scoring class whose move is valid here. */
    static int bestValid(ParseState s, float[] scores, int labels) {
        int best = -1;
        float top = Float.NEGATIVE_INFINITY;
        boolean shift = s.valid(ParseState.SHIFT);
        boolean left = s.valid(ParseState.LEFT);
        boolean right = s.valid(ParseState.RIGHT);
        for (int c = 0; c < scores.length; c++) {
            int m = move(c, labels);
            if ((m == ParseState.SHIFT ? shift : m == ParseState.LEFT ? left : right) && scores[c] > top) {
                top = scores[c];
                best = c;
            }
        }
        return best;
    }

    /** Classes: 0 is SHIFT, 1..L LEFT with label c-1, L+1..2L RIGHT with label c-1-L. */
    static int move(int cls, int labels) {
        return cls == 0 ? ParseState.SHIFT : cls <= labels ? ParseState.LEFT : ParseState.RIGHT;
    }

    static int label(int cls, int labels) {
        return cls == 0 ? -1 : cls <= labels ? cls - 1 : cls - 1 - labels;
    }
}
