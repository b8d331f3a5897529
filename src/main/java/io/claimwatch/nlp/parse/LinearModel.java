package io.claimwatch.nlp.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The weights of a trained linear classifier over hashed features, sparse in the classes (most
 * features speak for a few classes only). Immutable. Laid out for lookups: open addressing over
 * 32-bit feature keys, one long per slot (key in the high half, the offset of its weights in the low
 * half), so that a feature costs one cache miss for its slot and one for its weights.
 */
final class LinearModel {

    /** A feature with weights for this many classes or more keeps them as a dense row (a loop the JIT vectorises). */
    private static final int DENSE = 12;

    private final long[] slots;
    private final int mask;
    /** At each offset: the number of classes, then per class its weight bits (high half) and class (low half). */
    private final long[] entries;
    /** Dense rows of {@code classes} weights; a slot's offset -1-r points at row r. */
    private final float[] dense;
    private final int classes;
    private final int featureCount;
    private final int weightCount;

    /**
     * @param keys 32-bit feature keys (never 0), each once
     * @param start offsets into classes and weights per key, one more than keys
     */
    LinearModel(int[] keys, int[] start, byte[] classes, float[] weights) {
        this.featureCount = keys.length;
        this.weightCount = weights.length;
        int maxClass = 0;
        int rows = 0;
        int sparse = 0;
        for (byte c : classes) {
            maxClass = Math.max(maxClass, c & 0xff);
        }
        this.classes = maxClass + 1;
        for (int i = 0; i < keys.length; i++) {
            int count = start[i + 1] - start[i];
            if (count >= DENSE) {
                rows++;
            } else {
                sparse += 1 + count;
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.slots = new long[cap];
        this.mask = cap - 1;
        this.entries = new long[sparse];
        this.dense = new float[rows * this.classes];
        int off = 0;
        int row = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                throw new IllegalArgumentException("feature key 0 is reserved");
            }
            int slot = slot(keys[i]);
            while (slots[slot] != 0) {
                if ((int) (slots[slot] >>> 32) == keys[i]) {
                    throw new IllegalArgumentException("feature key " + keys[i] + " twice");
                }
                slot = (slot + 1) & mask;
            }
            if (start[i + 1] - start[i] >= DENSE) {
                slots[slot] = ((long) keys[i] << 32) | ((-1 - row) & 0xffffffffL);
                for (int e = start[i]; e < start[i + 1]; e++) {
                    dense[row * this.classes + (classes[e] & 0xff)] = weights[e];
                }
                row++;
                continue;
            }
            slots[slot] = ((long) keys[i] << 32) | off;
            entries[off++] = start[i + 1] - start[i];
            for (int e = start[i]; e < start[i + 1]; e++) {
                entries[off++] = ((long) Float.floatToRawIntBits(weights[e]) << 32) | (classes[e] & 0xff);
            }
        }
    }

    /** The 32-bit key of a 64-bit feature hash (its high half; 0 is reserved for empty slots). */
    static int key(long feature) {
        int k = (int) (feature >>> 32);
        return k == 0 ? 1 : k;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }

    int featureCount() {
        return featureCount;
    }

    int weightCount() {
        return weightCount;
    }

    /** Adds each feature's weights to the class scores. */
    void score(long[] feats, int n, float[] scores) {
        for (int f = 0; f < n; f++) {
            int key = key(feats[f]);
            for (int i = slot(key); ; i = (i + 1) & mask) {
                long s = slots[i];
                if (s == 0) {
                    break;
                }
                if ((int) (s >>> 32) == key) {
                    int off = (int) s;
                    if (off < 0) {
                        int base = (-1 - off) * classes;
                        for (int c = 0; c < classes; c++) {
                            scores[c] += dense[base + c];
                        }
                        break;
                    }
                    int count = (int) entries[off];
                    for (int e = off + 1; e <= off + count; e++) {
                        long x = entries[e];
                        scores[(int) x & 0xff] += Float.intBitsToFloat((int) (x >>> 32));
                    }
                    break;
                }
            }
        }
    }

    /** Weights are stored in 1/256 steps as 16-bit integers: ±128 covers an averaged perceptron's weights, and the model stays small. */
    private static final float STEP = 256f;

    void write(DataOutputStream d) throws IOException {
        d.writeInt(featureCount);
        for (long slot : slots) {
            if (slot == 0) {
                continue;
            }
            d.writeInt((int) (slot >>> 32));
            int off = (int) slot;
            if (off < 0) {
                int base = (-1 - off) * classes;
                int count = 0;
                for (int c = 0; c < classes; c++) {
                    count += dense[base + c] != 0 ? 1 : 0;
                }
                d.writeByte(count);
                for (int c = 0; c < classes; c++) {
                    if (dense[base + c] != 0) {
                        d.writeByte(c);
                        d.writeShort(quantise(dense[base + c]));
                    }
                }
                continue;
            }
            int count = (int) entries[off];
            d.writeByte(count);
            for (int e = off + 1; e <= off + count; e++) {
                d.writeByte((int) entries[e] & 0xff);
                d.writeShort(quantise(Float.intBitsToFloat((int) (entries[e] >>> 32))));
            }
        }
    }

    private static short quantise(float w) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(w * STEP)));
    }

    static LinearModel read(DataInputStream d) throws IOException {
        int n = d.readInt();
        int[] keys = new int[n];
        int[] start = new int[n + 1];
        byte[] cls = new byte[n * 4];
        float[] w = new float[n * 4];
        int e = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = d.readInt();
            int count = d.readUnsignedByte();
            start[i] = e;
            if (e + count > cls.length) {
                int cap = Math.max(e + count, cls.length * 3 / 2);
                cls = Arrays.copyOf(cls, cap);
                w = Arrays.copyOf(w, cap);
            }
            for (int k = 0; k < count; k++) {
                cls[e] = d.readByte();
                w[e] = d.readShort() / STEP;
                e++;
            }
        }
        start[n] = e;
        return new LinearModel(keys, start, Arrays.copyOf(cls, e), Arrays.copyOf(w, e));
    }
}
