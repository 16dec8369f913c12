package org.sealroom.media.audio;

import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.pipeline.Transformer;

/**
 * Restamps captured audio on a sample clock: the first frame keeps its capture time, each next one is exactly 20 ms
 * later, so the receiver's jitter buffer sees a clean grid whatever the capture thread's scheduling jitter. If capture
 * stalls or restarts (input more than {@value #RESYNC_MICROS} µs off the grid) the clock re-anchors.
 */
public final class SampleClock extends Transformer<PcmFrame, PcmFrame> {
    static final long RESYNC_MICROS = 200_000;

    private long next = Long.MIN_VALUE;

    public SampleClock() {
        super("sample-clock");
    }

    @Override
    protected PcmFrame transform(PcmFrame frame) {
        if (next == Long.MIN_VALUE || Math.abs(frame.timestampMicros() - next) > RESYNC_MICROS) {
            next = frame.timestampMicros();
        }
        PcmFrame restamped = new PcmFrame(next, frame.samples());
        next += PcmFrame.FRAME_MICROS * frame.samples().length / PcmFrame.SAMPLES_PER_FRAME;
        return restamped;
    }
}
