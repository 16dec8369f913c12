package org.sealroom.media.recording;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.sealroom.media.codec.PcmFrame;

/**
 * Mixes everyone's sound on the recorder's clock. Each source's 20 ms frames wait in a short queue; every tick takes
 * at most one frame from each source and sums them, so a source that is late, lost packets or left simply adds
 * silence: the mix never waits and never skips a tick. A source starts counting once {@value #PRIME_FRAMES} frames are
 * queued (a cushion against scheduling jitter between its thread and the recorder's), and a queue longer than
 * {@value #MAX_QUEUED_FRAMES} frames loses its oldest, so a source whose clock runs fast cannot build up delay.
 */
final class AudioMix {
    static final int PRIME_FRAMES = 2;
    static final int MAX_QUEUED_FRAMES = 10;

    private final Map<Integer, Queue> queues = new HashMap<>();
    private long dropped;

    /** Queues one frame of {@code source}; a frame that is not 20 ms long is dropped and counted. */
    synchronized void add(int source, PcmFrame frame) {
        if (frame.samples().length != PcmFrame.SAMPLES_PER_FRAME) {
            dropped++;
            return;
        }
        Queue queue = queues.computeIfAbsent(source, id -> new Queue());
        queue.frames.addLast(frame.samples());
        if (queue.frames.size() > MAX_QUEUED_FRAMES) {
            queue.frames.removeFirst();
            dropped++;
        }
    }

    synchronized void remove(int source) {
        queues.remove(source);
    }

    /** Forgets everything queued (on pause: what was said while paused is not recorded later). */
    synchronized void clear() {
        queues.clear();
    }

    /** The next 20 ms of everyone, summed and clipped; silence when nobody has anything. */
    synchronized PcmFrame next(long timestampMicros) {
        int[] sum = new int[PcmFrame.SAMPLES_PER_FRAME];
        for (Queue queue : queues.values()) {
            if (!queue.primed && queue.frames.size() >= PRIME_FRAMES) {
                queue.primed = true;
            }
            if (!queue.primed) {
                continue;
            }
            short[] samples = queue.frames.pollFirst();
            if (samples == null) {
                queue.primed = false; // ran dry: build the cushion again
                continue;
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += samples[i];
            }
        }
        short[] mixed = new short[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mixed[i] = (short) Math.clamp(sum[i], Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return new PcmFrame(timestampMicros, mixed);
    }

    /** Frames dropped: of the wrong length, or from a queue that overflowed. */
    synchronized long dropped() {
        return dropped;
    }

    private static final class Queue {
        final ArrayDeque<short[]> frames = new ArrayDeque<>();
        boolean primed;
    }
}
