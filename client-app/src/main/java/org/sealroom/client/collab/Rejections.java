package org.sealroom.client.collab;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts refused collaboration input by reason and reports it to the user — at most once per reason in
 * {@value #REPORT_EVERY_SECONDS} seconds, so a flood is a count and not a flood of banners.
 */
public final class Rejections {

    static final long REPORT_EVERY_SECONDS = 30;

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> lastReportNanos = new ConcurrentHashMap<>();
    private final CollabEvents events;

    public Rejections(CollabEvents events) {
        this.events = events;
    }

    /** Counts one refusal; {@code reason} is a short stable key, {@code message} what the user reads. */
    public void reject(String reason, String message) {
        counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
        long now = System.nanoTime();
        Long last = lastReportNanos.get(reason);
        if (last == null || now - last > REPORT_EVERY_SECONDS * 1_000_000_000L) {
            lastReportNanos.put(reason, now);
            events.rejected(message);
        }
    }

    /** Every reason with its count, sorted by reason. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((reason, n) -> out.put(reason, n.sum()));
        return out;
    }
}
