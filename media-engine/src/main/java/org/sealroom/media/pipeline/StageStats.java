package org.sealroom.media.pipeline;

import java.util.Map;

/**
 * What one stage has seen, for the UI and logs: items received, items emitted, and items dropped by reason (such as
 * {@code "malformed"}, {@code "late"}, {@code "waiting-for-keyframe"}).
 */
public record StageStats(String stage, long received, long emitted, Map<String, Long> dropped) {
    public StageStats {
        dropped = Map.copyOf(dropped);
    }

    public long dropped(String reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
