package org.sealroom.media.control;

import org.sealroom.media.MediaClock;

/**
 * Asks the sender for a keyframe when a receiver cannot decode, at most once per {@code minIntervalMicros}; while the
 * receiver keeps waiting, the request is repeated at that pace (a keyframe can be lost too).
 */
public final class KeyframeRequester {
    public static final long DEFAULT_INTERVAL_MICROS = 100_000;

    private final int streamId;
    private final KeyframeRequestSink sink;
    private final MediaClock clock;
    private final long minIntervalMicros;
    private long lastSent = Long.MIN_VALUE;
    private long sent;
    private long suppressed;

    public KeyframeRequester(int streamId, KeyframeRequestSink sink, MediaClock clock) {
        this(streamId, sink, clock, DEFAULT_INTERVAL_MICROS);
    }

    public KeyframeRequester(int streamId, KeyframeRequestSink sink, MediaClock clock, long minIntervalMicros) {
        this.streamId = streamId;
        this.sink = sink;
        this.clock = clock;
        this.minIntervalMicros = minIntervalMicros;
    }

    public synchronized void request() {
        long now = clock.nowMicros();
        if (lastSent != Long.MIN_VALUE && now - lastSent < minIntervalMicros) {
            suppressed++;
            return;
        }
        lastSent = now;
        sent++;
        sink.requestKeyframe(streamId);
    }

    public synchronized long requestsSent() {
        return sent;
    }

    public synchronized long requestsSuppressed() {
        return suppressed;
    }
}
