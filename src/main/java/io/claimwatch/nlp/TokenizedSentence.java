package io.claimwatch.nlp;

/**
 * One sentence as tokens with absolute offsets into the original text and their universal POS tags
 * (PROPN, NOUN, ...). Arrays for speed; never mutated after construction.
 */
public record TokenizedSentence(int start, int end, String[] tokens, int[] starts, int[] ends, String[] tags) {

    public int size() {
        return tokens.length;
    }

    public String text(String original, int fromToken, int toToken) {
        return original.substring(starts[fromToken], ends[toToken - 1]);
    }
}
