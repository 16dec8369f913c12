package org.sealroom.client.recording;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is recording the meeting, by room-local id, and whether paused: set by their notices (and by this participant's
 * own recording), forgotten when they stop or leave. Thread-safe.
 */
final class Recorders {

    private final Map<Integer, Boolean> pausedById = new ConcurrentHashMap<>();

    /** Applies a notice of {@code participant}; returns whether anything changed. */
    boolean apply(int participant, RecordingNoticeCodec.State state) {
        Boolean before = state == RecordingNoticeCodec.State.STOPPED ? pausedById.remove(participant)
                : pausedById.put(participant, state == RecordingNoticeCodec.State.PAUSED);
        return state == RecordingNoticeCodec.State.STOPPED ? before != null
                : before == null || before != (state == RecordingNoticeCodec.State.PAUSED);
    }

    /** Forgets those who left; returns whether anyone was forgotten. */
    boolean retain(Set<Integer> present) {
        return pausedById.keySet().retainAll(present);
    }

    /** Whether {@code participant} is recording (paused or not) and, if so, whether paused. */
    Boolean pausedOrNull(int participant) {
        return pausedById.get(participant);
    }
}
