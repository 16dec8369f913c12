package org.sealroom.client.collab;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-sender token buckets for incoming messages of one kind: {@code perSecond} a second with a burst of
 * {@code burst}. What a sender sends beyond that is dropped by the caller — a flood costs the receiver nothing more.
 */
public final class SenderRateLimit {

    private final double perSecond;
    private final double burst;
    private final Map<Integer, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    public SenderRateLimit(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Whether one more message from {@code sender} may pass now. */
    public synchronized boolean allow(int sender) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(sender, s -> new Bucket(burst, now));
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * perSecond / 1e9);
        bucket.refilledAt = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    public synchronized void forget(int sender) {
        buckets.remove(sender);
    }
}
