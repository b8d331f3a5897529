package io.claimwatch.nlp.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed weights score as a plain float sum of the same (1/256-step) weights would. */
class LinearModelTest {

    private static final int CLASSES = 40;

    /** Features with one class (held in the slot), a few (sparse) and many (a dense row). */
    private static final int[] CLASS_COUNTS = {1, 1, 3, 11, 12, 40, 2, 1, 25};

    @Test
    void scoresAreTheExactSumOfTheWeightsOfEveryKindOfFeature() throws Exception {
        Random random = new Random(7);
        int n = CLASS_COUNTS.length;
        int[] keys = new int[n];
        int[] start = new int[n + 1];
        int total = 0;
        for (int count : CLASS_COUNTS) {
            total += count;
        }
        byte[] classes = new byte[total];
        float[] weights = new float[total];
        float[][] expectedRows = new float[n][CLASSES];
        int e = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = 1000 + 7919 * i;
            start[i] = e;
            int first = random.nextInt(CLASSES - CLASS_COUNTS[i] + 1);
            for (int c = first; c < first + CLASS_COUNTS[i]; c++) {
                classes[e] = (byte) c;
                weights[e] = (random.nextInt(2 * 128 * 256) - 128 * 256) / 256f; // in 1/256 steps, as the model file stores them
                expectedRows[i][c] = weights[e];
                e++;
            }
        }
        start[n] = e;
        LinearModel model = new LinearModel(keys, start, classes, weights);

        long[] feats = new long[n + 2];
        for (int i = 0; i < n; i++) {
            feats[i] = (long) keys[i] << 32 | 12345;
        }
        feats[n] = 424242L << 32; // unknown features add nothing
        feats[n + 1] = feats[2]; // a feature fired twice counts twice
        float[] expected = new float[CLASSES];
        for (int f = 0; f < feats.length; f++) {
            int i = f < n ? f : f == n ? -1 : 2;
            for (int c = 0; i >= 0 && c < CLASSES; c++) {
                expected[c] += expectedRows[i][c];
            }
        }
        float[] scores = new float[CLASSES];
        model.score(feats, feats.length, scores);
        assertArrayEquals(expected, scores);
        assertEquals(n, model.featureCount());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        LinearModel again = LinearModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        float[] reread = new float[CLASSES];
        again.score(feats, feats.length, reread);
        assertArrayEquals(expected, reread);
    }
}
