package org.sealroom.client.media;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;

/**
 * How much of each remote video the UI shows, and so which decoded pictures are worth converting and handing over:
 * all of them ({@link VideoDemand#FULL}, the default), one every {@value #THUMBNAIL_INTERVAL_NANOS} ns, or none.
 * Pictures are decoded either way: VP8 frames refer to earlier ones, and skipping the decoder would cost a keyframe on
 * every change of layout.
 */
final class VideoDemands {

    static final long THUMBNAIL_INTERVAL_NANOS = 150_000_000L;

    private record Key(ParticipantId participant, VideoFrame.Source source) {}

    private static final class State {
        volatile VideoDemand demand = VideoDemand.FULL;
        long lastHandedOver = Long.MIN_VALUE;
    }

    private final Map<Key, State> states = new ConcurrentHashMap<>();

    void set(ParticipantId participant, VideoFrame.Source source, VideoDemand demand) {
        states.computeIfAbsent(new Key(participant, source), k -> new State()).demand = demand;
    }

    /** Whether to hand over a picture decoded at {@code nowNanos}; counts it as handed over if so. */
    boolean wants(ParticipantId participant, VideoFrame.Source source, long nowNanos) {
        State state = states.computeIfAbsent(new Key(participant, source), k -> new State());
        synchronized (state) {
            boolean wanted = switch (state.demand) {
                case FULL -> true;
                case PAUSED -> false;
                case THUMBNAIL -> state.lastHandedOver == Long.MIN_VALUE
                        || nowNanos - state.lastHandedOver >= THUMBNAIL_INTERVAL_NANOS;
            };
            if (wanted) {
                state.lastHandedOver = nowNanos;
            }
            return wanted;
        }
    }

    void forget(ParticipantId participant) {
        states.keySet().removeIf(key -> key.participant().equals(participant));
    }
}
