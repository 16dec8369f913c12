package org.sealroom.relay.limit;

/**
 * A token bucket: {@code ratePerSecond} tokens a second, holding at most one second's worth. Not thread-safe:
 * each bucket belongs to one event loop.
 */
public final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long ratePerSecond;
    private final long capacity;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(long ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = ratePerSecond;
        this.tokens = capacity;
        this.lastRefillNanos = System.nanoTime();
    }

    /** Takes {@code amount} tokens if there are that many. */
    public boolean tryTake(long amount, long nowNanos) {
        long elapsed = nowNanos - lastRefillNanos;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * ratePerSecond / NANOS_PER_SECOND);
            lastRefillNanos = nowNanos;
        }
        if (tokens < amount) {
            return false;
        }
        tokens -= amount;
        return true;
    }
}
