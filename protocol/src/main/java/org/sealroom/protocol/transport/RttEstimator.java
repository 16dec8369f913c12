package org.sealroom.protocol.transport;

import java.time.Duration;
import java.util.Optional;

/** Smoothed round-trip time from ping/pong samples, as TCP does it (RFC 6298 section 2: alpha = 1/8). */
final class RttEstimator {
    private volatile long smoothedNanos = -1;

    void sample(long rttNanos) {
        if (rttNanos < 0) {
            return;
        }
        long current = smoothedNanos;
        smoothedNanos = current < 0 ? rttNanos : current + (rttNanos - current) / 8;
    }

    Optional<Duration> smoothed() {
        long current = smoothedNanos;
        return current < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(current));
    }
}
