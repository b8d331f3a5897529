package io.claimwatch.nlp;

import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.Fingerprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash over word 5-grams of the cleaned text. Two stories with the same words get the same
 * {@code exact} key; near-duplicates (a changed headline, a trimmed paragraph) usually share the
 * {@code bucket} (the smallest shingle hash: equal with probability equal to their Jaccard
 * similarity), and their signatures estimate how similar they are.
 */
public final class ContentFingerprinter {

    public static final int SIGNATURE_SIZE = 64;
    private static final int SHINGLE_WORDS = 5;
    private static final long PRIME = (1L << 31) - 1;

    private final long[] a = new long[SIGNATURE_SIZE];
    private final long[] b = new long[SIGNATURE_SIZE];

    public ContentFingerprinter() {
        // Fixed seeds: fingerprints must be identical across runs, machines and restarts.
        java.util.Random random = new java.util.Random(0x5eed_c1a1L);
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            a[i] = 1 + random.nextInt((int) PRIME - 1);
            b[i] = random.nextInt((int) PRIME - 1);
        }
    }

    public Fingerprint fingerprint(String text) {
        List<String> words = words(text);
        String exact = ArticleIds.hash(String.join(" ", words));
        Set<Integer> shingles = shingles(words);
        int[] signature = new int[SIGNATURE_SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            long x = shingle & 0x7fffffffL;
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int h = (int) ((a[i] * x + b[i]) % PRIME);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return new Fingerprint(exact, Integer.toHexString(signature[0]), signature);
    }

    /** The share of equal MinHash values: an estimate of the Jaccard similarity of the shingles. */
    public static double similarity(int[] x, int[] y) {
        int equal = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                equal++;
            }
        }
        return equal / (double) x.length;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        return out;
    }

    private static Set<Integer> shingles(List<String> words) {
        Set<Integer> out = new HashSet<>();
        if (words.size() < SHINGLE_WORDS) {
            out.add(String.join(" ", words).hashCode());
            return out;
        }
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)).hashCode());
        }
        return out;
    }
}
