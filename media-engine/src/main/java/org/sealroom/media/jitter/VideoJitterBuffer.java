package org.sealroom.media.jitter;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.sealroom.media.packet.ReceivedFrame;

/**
 * Adaptive jitter buffer for video frames: releases each frame, in capture order, once its playout time (capture time
 * plus the sync group's offset) has come. A frame that turns up after a later one was released is dropped as late.
 */
public final class VideoJitterBuffer {
    private static final int MAX_FRAMES = 64;

    private final SyncGroup.Member sync;
    private final PlayoutDelayEstimator estimator = new PlayoutDelayEstimator();
    private final TreeMap<Long, ReceivedFrame> frames = new TreeMap<>();
    private long lastReleased = Long.MIN_VALUE;
    private long inserted, released, late, duplicate, overflow;

    public VideoJitterBuffer() {
        this(SyncGroup.standalone());
    }

    public VideoJitterBuffer(SyncGroup.Member sync) {
        this.sync = sync;
    }

    public synchronized void insert(ReceivedFrame frame) {
        estimator.add(frame.arrivalMicros() - frame.timestampMicros());
        sync.report(estimator.desiredOffsetMicros());
        long ts = frame.timestampMicros();
        if (ts <= lastReleased) {
            late++;
            return;
        }
        if (frames.putIfAbsent(ts, frame) != null) {
            duplicate++;
            return;
        }
        inserted++;
        if (frames.size() > MAX_FRAMES) {
            frames.pollFirstEntry();
            overflow++;
        }
    }

    /** The frames due at {@code nowMicros}, oldest first. */
    public synchronized List<ReceivedFrame> poll(long nowMicros) {
        List<ReceivedFrame> due = new ArrayList<>();
        long offset = sync.playoutOffsetMicros();
        while (!frames.isEmpty() && frames.firstKey() + offset <= nowMicros) {
            ReceivedFrame frame = frames.pollFirstEntry().getValue();
            lastReleased = frame.timestampMicros();
            released++;
            due.add(frame);
        }
        return due;
    }

    public synchronized VideoJitterStats stats() {
        return new VideoJitterStats(inserted, released, late, duplicate, overflow, estimator.targetDelayMicros());
    }
}
