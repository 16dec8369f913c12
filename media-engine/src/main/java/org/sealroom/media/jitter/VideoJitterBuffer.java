package org.sealroom.media.jitter;

import java.util.ArrayList;
import java.util.List;

import org.sealroom.media.packet.ReceivedFrame;

/**
 * Adaptive jitter buffer for video frames: releases each frame, in capture order, once its playout time (capture time
 * plus the sync group's offset) has come. A frame that turns up after a later one was released is dropped as late.
 */
public final class VideoJitterBuffer {
    private final FrameStore store;
    private long lastReleased = Long.MIN_VALUE;
    private long released;

    public VideoJitterBuffer() {
        this(SyncGroup.standalone());
    }

    public VideoJitterBuffer(SyncGroup.Member sync) {
        this.store = new FrameStore(sync);
    }

    public synchronized void insert(ReceivedFrame frame) {
        store.insert(frame, frame.timestampMicros() <= lastReleased);
    }

    /** The frames due at {@code nowMicros}, oldest first. */
    public synchronized List<ReceivedFrame> poll(long nowMicros) {
        List<ReceivedFrame> due = new ArrayList<>();
        long offset = store.offsetMicros();
        while (!store.frames.isEmpty() && store.frames.firstKey() + offset <= nowMicros) {
            ReceivedFrame frame = store.frames.pollFirstEntry().getValue();
            lastReleased = frame.timestampMicros();
            released++;
            due.add(frame);
        }
        return due;
    }

    public synchronized VideoJitterStats stats() {
        return new VideoJitterStats(store.inserted, released, store.late, store.duplicate, store.overflow,
                store.estimator.targetDelayMicros());
    }
}
