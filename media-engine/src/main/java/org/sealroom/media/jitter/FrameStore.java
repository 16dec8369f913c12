package org.sealroom.media.jitter;

import java.util.TreeMap;

import org.sealroom.media.packet.ReceivedFrame;

/**
 * What both jitter buffers keep: frames by capture timestamp, bounded to {@value #MAX_FRAMES}, and the delay estimate
 * each arrival feeds (reported to the sync group).
 */
final class FrameStore {
    private static final int MAX_FRAMES = 64;

    final TreeMap<Long, ReceivedFrame> frames = new TreeMap<>();
    final PlayoutDelayEstimator estimator = new PlayoutDelayEstimator();
    final SyncGroup.Member sync;
    long inserted;
    long late;
    long duplicate;
    long overflow;

    FrameStore(SyncGroup.Member sync) {
        this.sync = sync;
    }

    /**
     * Measures {@code frame}'s transit, then keeps it unless {@code tooLate}, already held, or the store is full. A
     * redundant copy only fills a hole, silently, and is no arrival for the delay estimate; the frame's own packet
     * replaces a copy held for it.
     */
    void insert(ReceivedFrame frame, boolean tooLate) {
        if (frame.redundant()) {
            if (!tooLate && frames.putIfAbsent(frame.timestampMicros(), frame) == null) {
                bound();
            }
            return;
        }
        estimator.add(frame.arrivalMicros() - frame.timestampMicros());
        sync.report(estimator.desiredOffsetMicros());
        ReceivedFrame held = frames.get(frame.timestampMicros());
        if (tooLate) {
            late++;
        } else if (held != null && held.redundant()) {
            frames.put(frame.timestampMicros(), frame);
            inserted++;
        } else if (held != null) {
            duplicate++;
        } else {
            frames.put(frame.timestampMicros(), frame);
            inserted++;
            bound();
        }
    }

    private void bound() {
        if (frames.size() > MAX_FRAMES) {
            frames.pollFirstEntry();
            overflow++;
        }
    }

    long offsetMicros() {
        return sync.playoutOffsetMicros();
    }
}
