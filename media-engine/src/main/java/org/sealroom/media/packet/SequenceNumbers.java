package org.sealroom.media.packet;

/** Comparison of 32-bit packet counters that wrap around (serial number arithmetic, RFC 1982). */
public final class SequenceNumbers {
    private SequenceNumbers() {
    }

    /** Negative if {@code a} comes before {@code b}, zero if equal, positive if after, across the wrap. */
    public static int compare(int a, int b) {
        return Integer.signum(a - b);
    }

    /** How many packets lie from {@code from} to {@code to} (negative if {@code to} comes first). */
    public static int distance(int from, int to) {
        return to - from;
    }
}
