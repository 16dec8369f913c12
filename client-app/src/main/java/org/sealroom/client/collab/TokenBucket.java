package org.sealroom.client.collab;

import java.util.function.LongSupplier;

/**
 * Allows {@code ratePerSecond} events a second on average and bursts of up to {@code burst}; not thread-safe. Counts
 * in whole units (one token = one second of nanoseconds) so refills are exact.
 */
public final class TokenBucket {

    private static final long TOKEN = 1_000_000_000L;

    private final long ratePerSecond;
    private final long capacity;
    private final LongSupplier nanoTime;
    private long units;
    private long last;

    public TokenBucket(int ratePerSecond, int burst, LongSupplier nanoTime) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = burst * TOKEN;
        this.nanoTime = nanoTime;
        this.units = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Takes one token; false when the bucket is empty (the event is to be dropped). */
    public boolean tryTake() {
        long now = nanoTime.getAsLong();
        long elapsed = Math.min(now - last, capacity / ratePerSecond + 1); // no overflow after long idle times
        units = Math.min(capacity, units + elapsed * ratePerSecond);
        last = now;
        if (units < TOKEN) {
            return false;
        }
        units -= TOKEN;
        return true;
    }
}
