package org.sealroom.media.jitter;

import java.util.Arrays;

/**
 * Estimates how long frames must wait before playout. It keeps the last {@value #WINDOW} transit times (arrival on the
 * receiver's clock minus capture on the sender's, so the clock offset cancels out of differences), takes the fastest as
 * the base, and sets the target delay to the 99th-percentile spread above it (a lower percentile would make that share
 * of frames late, adding to the loss) plus a small margin, held within
 * {@value #MIN_TARGET_MICROS}..{@value #MAX_TARGET_MICROS} µs.
 */
final class PlayoutDelayEstimator {
    static final long MIN_TARGET_MICROS = 20_000;
    static final long MAX_TARGET_MICROS = 120_000;
    private static final long MARGIN_MICROS = 5_000;
    private static final int WINDOW = 128;

    private final long[] transits = new long[WINDOW];
    private int count;
    private int next;

    void add(long transitMicros) {
        transits[next] = transitMicros;
        next = (next + 1) % WINDOW;
        count = Math.min(count + 1, WINDOW);
    }

    boolean isEmpty() {
        return count == 0;
    }

    long baseTransitMicros() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, transits[i]);
        }
        return min;
    }

    long targetDelayMicros() {
        if (count == 0) {
            return MIN_TARGET_MICROS;
        }
        long[] sorted = Arrays.copyOf(transits, count);
        Arrays.sort(sorted);
        long spread = sorted[(int) Math.ceil(0.99 * count) - 1] - sorted[0];
        return Math.clamp(spread + MARGIN_MICROS, MIN_TARGET_MICROS, MAX_TARGET_MICROS);
    }

    /** Capture timestamp plus this gives the receiver's playout time. */
    long desiredOffsetMicros() {
        return baseTransitMicros() + targetDelayMicros();
    }
}
