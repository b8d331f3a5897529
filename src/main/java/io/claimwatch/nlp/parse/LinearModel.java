package io.claimwatch.nlp.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The weights of a trained linear classifier over hashed features, sparse in the classes (most
 * features speak for a few classes only). Immutable; shared by the parsers of all threads.
 *
 * <p>Laid out for lookups, since the model is tens of megabytes and nearly every lookup misses the
 * cache: open addressing over 32-bit feature keys, one long per slot (the key in the high half; in
 * the low half a feature with one class holds its weight itself, others the place of their weights),
 * and the weights as 16-bit integers in 1/256 steps (what the model file stores), so that a feature
 * costs one cache miss, or two, on half the bytes of float weights. Scores are summed as integers:
 * the same values a float sum of the same weights gives, since every partial sum of at most a few
 * hundred such weights is exactly representable as a float.
 */
final class LinearModel {

    /** A feature with weights for this many classes or more keeps them as a dense row (a loop the JIT vectorises). */
    private static final int DENSE = 12;
    /** Weights are stored in 1/256 steps as 16-bit integers: ±128 covers an averaged perceptron's weights, and the model stays small. */
    private static final float STEP = 256f;

    /** The kind of a slot's value, in its top two bits. */
    private static final int SPARSE = 0;
    private static final int SINGLE = 1;
    private static final int ROW = 2;
    /** A sparse feature's value: its count in bits 26..29, its offset into {@link #entries} below. */
    private static final int OFFSET_BITS = 26;

    private final long[] slots;
    private final int mask;
    /** Per weight of a sparse feature: the weight in the high 16 bits, the class in the low 8. */
    private final int[] entries;
    /** Dense rows of {@code classes} weights. */
    private final short[] dense;
    private final int classes;
    private final int featureCount;
    private final int weightCount;
    /** Per thread, the first pass of {@link #score}: the values of the features found, and the integer scores. */
    private final ThreadLocal<Scratch> scratch;

    private static final class Scratch {
        int[] found = new int[128];
        final int[] sums;

        Scratch(int classes) {
            sums = new int[classes];
        }
    }

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
            } else if (count > 1) {
                sparse += count;
            }
        }
        if (sparse >= 1 << OFFSET_BITS || rows >= 1 << 30) {
            throw new IllegalArgumentException("model too large: " + sparse + " sparse weights, " + rows + " dense rows");
        }
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.slots = new long[cap];
        this.mask = cap - 1;
        this.entries = new int[sparse];
        this.dense = new short[rows * this.classes];
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
            int count = start[i + 1] - start[i];
            int value;
            if (count >= DENSE) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    dense[row * this.classes + (classes[e] & 0xff)] = quantise(weights[e]);
                }
                value = ROW << 30 | row++;
            } else if (count == 1) {
                value = SINGLE << 30 | (quantise(weights[start[i]]) & 0xffff) << 8 | (classes[start[i]] & 0xff);
            } else {
                value = SPARSE << 30 | count << OFFSET_BITS | off;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    entries[off++] = quantise(weights[e]) << 16 | (classes[e] & 0xff);
                }
            }
            slots[slot] = ((long) keys[i] << 32) | (value & 0xffffffffL);
        }
        int n = this.classes;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
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

    /**
     * Adds each feature's weights to the class scores. Two passes: first every feature's slot, then
     * their weights. In the first pass the lookups do not depend on each other, so the processor keeps
     * many cache misses in flight at once, where one feature at a time (its slot, then its weights,
     * then the next feature) waits for each miss in turn.
     */
    void score(long[] feats, int n, float[] scores) {
        Scratch s = scratch.get();
        int[] found = s.found;
        if (found.length < n) {
            found = s.found = new int[Math.max(n, 2 * found.length)];
        }
        int hits = 0;
        for (int f = 0; f < n; f++) {
            int key = key(feats[f]);
            for (int i = slot(key); ; i = (i + 1) & mask) {
                long v = slots[i];
                if (v == 0) {
                    break;
                }
                if ((int) (v >>> 32) == key) {
                    found[hits++] = (int) v;
                    break;
                }
            }
        }
        int[] sums = s.sums;
        java.util.Arrays.fill(sums, 0);
        for (int h = 0; h < hits; h++) {
            int v = found[h];
            int kind = v >>> 30;
            if (kind == SINGLE) {
                sums[v & 0xff] += (short) (v >>> 8);
            } else if (kind == ROW) {
                int base = (v & 0x3fffffff) * classes;
                for (int c = 0; c < classes; c++) {
                    sums[c] += dense[base + c];
                }
            } else {
                int off = v & ((1 << OFFSET_BITS) - 1);
                int end = off + (v >>> OFFSET_BITS & 0xf);
                for (int e = off; e < end; e++) {
                    int x = entries[e];
                    sums[x & 0xff] += x >> 16;
                }
            }
        }
        for (int c = 0; c < classes && c < scores.length; c++) {
            scores[c] += sums[c] / STEP;
        }
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(featureCount);
        for (long slot : slots) {
            if (slot == 0) {
                continue;
            }
            d.writeInt((int) (slot >>> 32));
            int v = (int) slot;
            int kind = v >>> 30;
            if (kind == ROW) {
                int base = (v & 0x3fffffff) * classes;
                int count = 0;
                for (int c = 0; c < classes; c++) {
                    count += dense[base + c] != 0 ? 1 : 0;
                }
                d.writeByte(count);
                for (int c = 0; c < classes; c++) {
                    if (dense[base + c] != 0) {
                        d.writeByte(c);
                        d.writeShort(dense[base + c]);
                    }
                }
            } else if (kind == SINGLE) {
                d.writeByte(1);
                d.writeByte(v & 0xff);
                d.writeShort((short) (v >>> 8));
            } else {
                int off = v & ((1 << OFFSET_BITS) - 1);
                int count = v >>> OFFSET_BITS & 0xf;
                d.writeByte(count);
                for (int e = off; e < off + count; e++) {
                    d.writeByte(entries[e] & 0xff);
                    d.writeShort((short) (entries[e] >> 16));
                }
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
