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
    private static final int IDLE_AFTER_MISSING = 50;

    private final FrameStore store;
    private final TreeMap<Long, ReceivedFrame> frames;
    private boolean playing;
    private long nextTimestamp;
    private ReceivedFrame lastPlayed;
    private int missingInARow;
    private boolean lastWasPlayed;
    private long played, recovered, concealedLost, concealedOther, skipped;

    public AudioJitterBuffer() {
        this(SyncGroup.standalone());
    }

    public AudioJitterBuffer(SyncGroup.Member sync) {
        this.store = new FrameStore(sync);
        this.frames = store.frames;
    }

    public synchronized void insert(ReceivedFrame frame) {
        store.insert(frame, playing && frame.timestampMicros() < nextTimestamp);
    }

    /** What to play for the 20 ms tick at {@code nowMicros} (receiver's clock). */
    public synchronized AudioPlayout poll(long nowMicros) {
        long offset = store.offsetMicros();
        if (!playing) {
            if (frames.isEmpty() || frames.firstKey() + offset > nowMicros) {
                return new AudioPlayout.Silence(nowMicros);
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
            recovered += frame.redundant() ? 1 : 0;
            missingInARow = 0;
            lastPlayed = frame;
            lastWasPlayed = true;
            return new AudioPlayout.Play(frame);
        }
        return concealMissing(ts, nowMicros);
    }

    private AudioPlayout concealMissing(long ts, long nowMicros) {
        lastWasPlayed = false;
        if (++missingInARow > IDLE_AFTER_MISSING && frames.isEmpty()) {
            playing = false;
            return new AudioPlayout.Silence(nowMicros);
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
        return new AudioJitterStats(store.inserted, recovered, played, concealedLost, concealedOther, store.late,
                store.duplicate, store.overflow, skipped, store.estimator.targetDelayMicros(),
                store.estimator.isEmpty() ? 0 : store.offsetMicros());
    }
}
