package org.sealroom.relay.limit;

import org.sealroom.relay.RelayLimits;

/** Messages-per-second and bytes-per-second limits of one connection on one transport. One event loop only. */
public final class RateLimit {
    private final TokenBucket messages;
    private final TokenBucket bytes;

    public RateLimit(RelayLimits limits) {
        this.messages = new TokenBucket(limits.messagesPerSecond());
        this.bytes = new TokenBucket(limits.bytesPerSecond());
    }

    /** Whether one more message of {@code size} bytes fits now. */
    public boolean tryAcquire(int size) {
        long now = System.nanoTime();
        return messages.tryTake(1, now) && bytes.tryTake(size, now);
    }
}
