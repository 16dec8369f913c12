package org.sealroom.media.jitter;

import java.util.Map;
import java.util.TreeMap;

import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.packet.ReceivedFrame;

/**
 * Adaptive jitter buffer for 20 ms audio frames. The network side {@link #insert}s reassembled frames; the playout
 * side calls {@link #poll} once per 20 ms and always gets something to play, so sound stays continuous: a missing frame
 * becomes a {@link AudioPlayout.Conceal} for the decoder's PLC. The delay follows the jitter seen (20-120 ms): when
 * playing later than the target the buffer skips a frame, when earlier it stretches with one concealed frame.
 */
public final class AudioJitterBuffer {
    private static final long FRAME = PcmFrame.FRAME_MICROS;
    private static final int MAX_FRAMES = 64;
    private static final int IDLE_AFTER_MISSING = 50;

    private final SyncGroup.Member sync;
    private final PlayoutDelayEstimator estimator = new PlayoutDelayEstimator();
    private final TreeMap<Long, ReceivedFrame> frames = new TreeMap<>();
    private boolean playing;
    private long nextTimestamp;
    private ReceivedFrame lastPlayed;
    private int missingInARow;
    private boolean lastWasPlayed;
    private long inserted, played, concealedLost, concealedOther, late, duplicate, overflow, skipped;

    public AudioJitterBuffer() {
        this(SyncGroup.standalone());
    }

    public AudioJitterBuffer(SyncGroup.Member sync) {
        this.sync = sync;
    }

    public synchronized void insert(ReceivedFrame frame) {
        estimator.add(frame.arrivalMicros() - frame.timestampMicros());
        sync.report(estimator.desiredOffsetMicros());
        long ts = frame.timestampMicros();
        if (playing && ts < nextTimestamp) {
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

    /** What to play for the 20 ms tick at {@code nowMicros} (receiver's clock). */
    public synchronized AudioPlayout poll(long nowMicros) {
        long offset = sync.playoutOffsetMicros();
        if (!playing) {
            if (frames.isEmpty() || frames.firstKey() + offset > nowMicros) {
                return new AudioPlayout.Silence();
            }
            playing = true;
            nextTimestamp = frames.firstKey();
            missingInARow = 0;
        }
        long delay = nowMicros - nextTimestamp;
        if (delay > offset + FRAME && frames.higherKey(nextTimestamp) != null) {
            frames.remove(nextTimestamp);
            nextTimestamp += FRAME;
            skipped++;
        } else if (delay < offset - FRAME && lastWasPlayed) {
            // Stretch by one concealed frame, never two in a row: back-to-back concealment fades to silence.
            lastWasPlayed = false;
            concealedOther++;
            return new AudioPlayout.Conceal(nextTimestamp - FRAME, false);
        }
        long ts = nextTimestamp;
        nextTimestamp += FRAME;
        ReceivedFrame frame = frames.remove(ts);
        if (frame != null) {
            played++;
            missingInARow = 0;
            lastPlayed = frame;
            lastWasPlayed = true;
            return new AudioPlayout.Play(frame);
        }
        return concealMissing(ts);
    }

    private AudioPlayout concealMissing(long ts) {
        lastWasPlayed = false;
        if (++missingInARow > IDLE_AFTER_MISSING && frames.isEmpty()) {
            playing = false;
            return new AudioPlayout.Silence();
        }
        Map.Entry<Long, ReceivedFrame> after = frames.higherEntry(ts);
        boolean senderPaused = lastPlayed != null && after != null && after.getValue().follows(lastPlayed);
        if (senderPaused) {
            concealedOther++;
        } else {
            concealedLost++;
        }
        return new AudioPlayout.Conceal(ts, !senderPaused);
    }

    public synchronized AudioJitterStats stats() {
        return new AudioJitterStats(inserted, played, concealedLost, concealedOther, late, duplicate, overflow,
                skipped, estimator.targetDelayMicros(), estimator.isEmpty() ? 0 : sync.playoutOffsetMicros());
    }
}
