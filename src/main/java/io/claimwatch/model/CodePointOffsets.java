package io.claimwatch.model;

import java.util.Arrays;

/**
 * Offsets into a text as JSON readers count them: in Unicode code points, not Java's UTF-16 units.
 *
 * <p>Why: a record's {@code start}/{@code end} are read by Python (the scorer, notebooks), Elasticsearch
 * scripts and other languages that index a string by character; an emoji or a flag before a sentence
 * (real news pastes tweets) is one character there and two or four units in Java, so every offset after it
 * would point a few characters too far. Texts without characters outside the Basic Multilingual Plane,
 * nearly all, keep their offsets unchanged.
 */
public final class CodePointOffsets {

    /** UTF-16 indexes of the low surrogates in the text, ascending: each is one unit more than a code point. */
    private final int[] extraUnits;

    private CodePointOffsets(int[] extraUnits) {
        this.extraUnits = extraUnits;
    }

    public static CodePointOffsets of(String text) {
        int n = 0;
        int[] found = new int[0];
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, n * 2));
                }
                found[n++] = i;
            }
        }
        return new CodePointOffsets(Arrays.copyOf(found, n));
    }

    /** The code point offset of a UTF-16 index (an index inside a surrogate pair counts the pair's character as before it). */
    public int at(int utf16Index) {
        if (extraUnits.length == 0) {
            return utf16Index;
        }
        int pos = Arrays.binarySearch(extraUnits, utf16Index);
        int before = pos >= 0 ? pos : -pos - 1; // low surrogates strictly before the index
        return utf16Index - before;
    }
}
