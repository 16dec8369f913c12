package org.sealroom.media.support;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured values. */
public final class Percentiles {
    private Percentiles() {
    }

    public static double of(List<? extends Number> values, double percentile) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    public static double mean(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    public static double min(List<? extends Number> values) {
        return Arrays.stream(values.stream().mapToDouble(Number::doubleValue).toArray()).min().orElseThrow();
    }
}
