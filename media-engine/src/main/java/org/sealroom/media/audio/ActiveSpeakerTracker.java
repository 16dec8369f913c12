package org.sealroom.media.audio;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.sealroom.media.MediaClock;

/**
 * Picks the active speaker among received audio streams: the loudest stream with voice activity, kept for at least
 * {@value #HOLD_MICROS} µs before another may take over, so the indicator does not flap between people who overlap.
 */
public final class ActiveSpeakerTracker {
    static final long HOLD_MICROS = 1_000_000;
    private static final long STALE_MICROS = 500_000;

    private final MediaClock clock;
    private final Map<Integer, Heard> heard = new HashMap<>();
    private Integer speaker;
    private long speakerSince;

    public ActiveSpeakerTracker(MediaClock clock) {
        this.clock = clock;
    }

    public synchronized void update(int streamId, VoiceActivity activity) {
        heard.put(streamId, new Heard(activity, clock.nowMicros()));
    }

    /** The stream now speaking, if anyone is. */
    public synchronized OptionalInt activeSpeaker() {
        long now = clock.nowMicros();
        Integer loudest = null;
        double loudestLevel = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Heard> e : heard.entrySet()) {
            Heard h = e.getValue();
            if (h.activity.active() && now - h.atMicros <= STALE_MICROS && h.activity.levelDbfs() > loudestLevel) {
                loudest = e.getKey();
                loudestLevel = h.activity.levelDbfs();
            }
        }
        boolean holding = speaker != null && now - speakerSince < HOLD_MICROS && isActive(speaker, now);
        if (!holding && (loudest == null ? speaker != null : !loudest.equals(speaker))) {
            speaker = loudest;
            speakerSince = now;
        }
        return speaker == null ? OptionalInt.empty() : OptionalInt.of(speaker);
    }

    private boolean isActive(int streamId, long now) {
        Heard h = heard.get(streamId);
        return h != null && h.activity.active() && now - h.atMicros <= STALE_MICROS;
    }

    private record Heard(VoiceActivity activity, long atMicros) {
    }
}
