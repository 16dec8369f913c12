package org.sealroom.client.media;

import java.util.Arrays;

/** The most recent {@value #CAPACITY} latency samples of one stream, and their percentiles. Thread-safe. */
final class LatencyWindow {

    static final int CAPACITY = 4096;

    private final long[] micros = new long[CAPACITY];
    private long count;

    synchronized void add(long sampleMicros) {
        micros[(int) (count++ % CAPACITY)] = sampleMicros;
    }

    synchronized long samples() {
        return count;
    }

    /** The {@code percentile} (0..100, nearest rank) of the window in milliseconds, or -1 without samples. */
    synchronized double percentileMillis(double percentile) {
        int n = (int) Math.min(count, CAPACITY);
        if (n == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * n) - 1;
        return sorted[Math.clamp(rank, 0, n - 1)] / 1000.0;
    }
}
