package org.sealroom.media.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of one stage: items in, items out, and drops by reason. */
final class StageCounters {
    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();
    private final Map<String, LongAdder> drops = new ConcurrentHashMap<>();

    void received() {
        in.increment();
    }

    void emitted() {
        out.increment();
    }

    void dropped(String reason) {
        drops.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    StageStats snapshot(String name) {
        Map<String, Long> copy = new TreeMap<>();
        drops.forEach((reason, count) -> copy.put(reason, count.sum()));
        return new StageStats(name, in.sum(), out.sum(), copy);
    }
}
