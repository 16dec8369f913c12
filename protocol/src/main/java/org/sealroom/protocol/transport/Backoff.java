package org.sealroom.protocol.transport;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential reconnect backoff with ±20% jitter, so clients of a restarted relay do not return in lockstep. */
final class Backoff {
    private final long initialNanos;
    private final long maxNanos;
    private long nextNanos;

    Backoff(Duration initial, Duration max) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = Math.max(initialNanos, max.toNanos());
        this.nextNanos = initialNanos;
    }

    long nextDelayNanos() {
        long base = nextNanos;
        nextNanos = Math.min(maxNanos, nextNanos * 2);
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return (long) (base * jitter);
    }

    void reset() {
        nextNanos = initialNanos;
    }
}
