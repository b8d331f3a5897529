package io.claimwatch.bench;

import java.util.Arrays;

/** Percentiles of a sample by the nearest-rank method (p99 of 100 values is the 99th smallest). */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** @param p in (0, 100]; 0 when there are no values */
    public long at(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    public long[] sorted() {
        return sorted.clone();
    }
}
