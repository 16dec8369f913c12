package org.sealroom.media;

/**
 * The clock media timestamps are taken from, in microseconds. Tests drive a virtual clock so that jitter, loss and
 * playout are deterministic; the running app uses {@link #system()}.
 */
@FunctionalInterface
public interface MediaClock {
    long nowMicros();

    /** Monotonic wall-clock-free time from {@link System#nanoTime()}, good for one process. */
    static MediaClock system() {
        return () -> System.nanoTime() / 1_000;
    }
}
