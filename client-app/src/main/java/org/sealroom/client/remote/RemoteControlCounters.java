package org.sealroom.client.remote;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** What the sharer's side of remote control did: for {@code --stats-json}, logs and tests. Thread-safe. */
public final class RemoteControlCounters {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong granted = new AtomicLong();
    private final AtomicLong denied = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLongArray rejected = new AtomicLongArray(RejectReason.values().length);

    /** A copy for reports; {@code rejected} lists every reason, zeros included. */
    public record Snapshot(long requests, long granted, long denied, long injected, long rateLimited,
                           Map<RejectReason, Long> rejected) {

        public long rejectedTotal() {
            return rejected.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    void requested() {
        requests.incrementAndGet();
    }

    void granted() {
        granted.incrementAndGet();
    }

    void denied() {
        denied.incrementAndGet();
    }

    void injected() {
        injected.incrementAndGet();
    }

    void rateLimited() {
        rateLimited.incrementAndGet();
    }

    void rejected(RejectReason reason) {
        rejected.incrementAndGet(reason.ordinal());
    }

    public Snapshot snapshot() {
        Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
        for (RejectReason reason : RejectReason.values()) {
            byReason.put(reason, rejected.get(reason.ordinal()));
        }
        return new Snapshot(requests.get(), granted.get(), denied.get(), injected.get(), rateLimited.get(),
                Collections.unmodifiableMap(byReason));
    }
}
