package io.claimwatch.nlp.parse;

import java.util.Arrays;

/**
 * The training-time weights of the parser: an averaged perceptron (Collins 2002) over hashed
 * features, sparse in the classes (a feature keeps entries only for the classes it was updated for),
 * with lazy averaging. Turns into an immutable {@link LinearModel}.
 */
final class AveragedPerceptron {

    private final LongIntMap index = new LongIntMap(1 << 20);
    /** How often each feature occurs in the oracle's configurations; rarer than minCount: never learnt. */
    private final LongIntMap counts;
    private final int minCount;
    private int features;
    private int[] first = new int[1 << 20];
    private int entries;
    private int[] next = new int[1 << 22];
    private byte[] cls = new byte[1 << 22];
    private float[] weight = new float[1 << 22];
    private double[] total = new double[1 << 22];
    private int[] stamp = new int[1 << 22];
    /** Decisions seen so far: the averaging clock. */
    private int now;

    AveragedPerceptron(LongIntMap counts, int minCount) {
        this.counts = counts;
        this.minCount = minCount;
    }

    void tick() {
        now++;
    }

    void score(long[] feats, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            int i = index.get(feats[f]);
            if (i < 0) {
                continue;
            }
            for (int e = first[i]; e >= 0; e = next[e]) {
                scores[cls[e]] += weight[e];
            }
        }
    }

    void update(long[] feats, int n, int good, int bad) {
        for (int f = 0; f < n; f++) {
            int i = index.get(feats[f]);
            if (i < 0) {
                if (counts != null && counts.get(feats[f]) < minCount) {
                    continue;
                }
                i = newFeature(feats[f]);
            }
            add(i, good, 1f);
            add(i, bad, -1f);
        }
    }

    private int newFeature(long key) {
        if (features == first.length) {
            first = Arrays.copyOf(first, features * 2);
        }
        first[features] = -1;
        index.put(key, features);
        return features++;
    }

    private void add(int feature, int c, float delta) {
        int e = first[feature];
        while (e >= 0 && cls[e] != c) {
            e = next[e];
        }
        if (e < 0) {
            if (entries == next.length) {
                int cap = entries * 2;
                next = Arrays.copyOf(next, cap);
                cls = Arrays.copyOf(cls, cap);
                weight = Arrays.copyOf(weight, cap);
                total = Arrays.copyOf(total, cap);
                stamp = Arrays.copyOf(stamp, cap);
            }
            e = entries++;
            cls[e] = (byte) c;
            weight[e] = 0f;
            total[e] = 0;
            stamp[e] = now;
            next[e] = first[feature];
            first[feature] = e;
        }
        total[e] += (double) (now - stamp[e]) * weight[e];
        stamp[e] = now;
        weight[e] += delta;
    }

    int featureCount() {
        return features;
    }

    /**
     * The averaged weights as a model, without those smaller than minWeight (most of them, for a
     * fraction of a point of accuracy). Features whose 32-bit keys coincide (rare: a few in a
     * million) have their weights added up.
     */
    LinearModel average(int classes, double minWeight) {
        java.util.Map<Integer, float[]> byKey = new java.util.HashMap<>();
        for (long key : index.keys()) {
            int f = index.get(key);
            for (int x = first[f]; x >= 0; x = next[x]) {
                double avg = (total[x] + (double) (now - stamp[x]) * weight[x]) / Math.max(1, now);
                if (Math.abs(avg) >= minWeight && avg != 0) {
                    byKey.computeIfAbsent(LinearModel.key(key), k -> new float[classes])[cls[x]] += (float) avg;
                }
            }
        }
        int[] keys = new int[byKey.size()];
        int[] start = new int[byKey.size() + 1];
        byte[] outCls = new byte[entries];
        float[] outW = new float[entries];
        int k = 0;
        int e = 0;
        for (var entry : byKey.entrySet()) {
            keys[k] = entry.getKey();
            start[k] = e;
            float[] w = entry.getValue();
            for (int c = 0; c < w.length; c++) {
                if (w[c] != 0) {
                    outCls[e] = (byte) c;
                    outW[e] = w[c];
                    e++;
                }
            }
            k++;
        }
        start[k] = e;
        return new LinearModel(keys, start, Arrays.copyOf(outCls, e), Arrays.copyOf(outW, e));
    }
}
