package io.claimwatch.nlp.parse;

import java.util.Arrays;

/** An open-addressing map from long keys (hashed features) to non-negative ints; no boxing, no removal. */
final class LongIntMap {

    private static final long EMPTY = 0L; // a feature hash of 0 is remapped (see fix)

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    private static long fix(long key) {
        return key == EMPTY ? 1L : key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value for a key, or -1. */
    int get(long key) {
        long k = fix(key);
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == k) {
                return values[i];
            }
            if (at == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = fix(key);
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = k;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == k) {
                values[i] = value;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Every key, in no particular order. */
    long[] keys() {
        long[] out = new long[size];
        int k = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                out[k++] = key;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
