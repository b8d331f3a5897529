package io.claimwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnAHundredValues() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose: 100, 99, ..., 1
        }
        Percentiles p = new Percentiles(values);
        assertEquals(50, p.at(50));
        assertEquals(95, p.at(95));
        assertEquals(99, p.at(99));
        assertEquals(100, p.max());
        assertEquals(1, p.at(0.5));
    }

    @Test
    void fewValuesMakeTheHighPercentilesTheMaximum() {
        Percentiles p = new Percentiles(new long[] {300, 100, 200});
        assertEquals(200, p.at(50));
        assertEquals(300, p.at(99));
        assertEquals(0, new Percentiles(new long[0]).at(99), "no values: 0, not an exception");
    }
}
