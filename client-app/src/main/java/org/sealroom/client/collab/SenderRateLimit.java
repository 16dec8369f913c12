package org.sealroom.client.collab;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-sender token buckets for incoming messages of one kind: {@code perSecond} a second with a burst of
 * {@code burst}. What a sender sends beyond that is dropped by the caller — a flood costs the receiver nothing more.
 */
public final class SenderRateLimit {

    private final int perSecond;
    private final int burst;
    private final Map<Integer, TokenBucket> buckets = new HashMap<>();

    public SenderRateLimit(int perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Whether one more message from {@code sender} may pass now. */
    public synchronized boolean allow(int sender) {
        return buckets.computeIfAbsent(sender, s -> new TokenBucket(perSecond, burst, System::nanoTime)).tryTake();
    }
}
