package io.claimwatch.nlp.parse;

/**
 * A dependency tree over one sentence's tokens: for each token its head (another token's index, or
 * -1 for the root of the sentence), its Universal Dependencies relation ("nsubj", "obl:agent"...)
 * and the UPOS tag it was parsed with. Never mutated after construction.
 */
public record DependencyTree(int[] heads, String[] relations, String[] tags) {

    public DependencyTree {
        if (heads.length != relations.length || heads.length != tags.length) {
            throw new IllegalArgumentException("heads, relations and tags differ in length: " + heads.length + ", " + relations.length
                    + ", " + tags.length);
        }
    }

    public String tag(int token) {
        return tags[token];
    }

    public int size() {
        return heads.length;
    }

    public int head(int token) {
        return heads[token];
    }

    public String relation(int token) {
        return relations[token];
    }

    /** The first token without a head (the sentence's root), or -1. */
    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first dependent of a token with this relation (exact, e.g. "nsubj" or "nmod:poss"), or -1. */
    public int dependent(int token, String relation) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == token && relations[i].equals(relation)) {
                return i;
            }
        }
        return -1;
    }
}
