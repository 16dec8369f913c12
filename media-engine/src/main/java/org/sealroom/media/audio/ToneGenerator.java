package org.sealroom.media.audio;

import org.sealroom.media.codec.PcmFrame;

/** Synthetic microphone: a continuous sine tone in 20 ms frames, phase-continuous across frames. */
public final class ToneGenerator {
    private final double hz;
    private final double amplitude;
    private long samplesMade;

    /** A tone of {@code hz} at {@code levelDbfs} (peak level relative to full scale, such as -12). */
    public ToneGenerator(double hz, double levelDbfs) {
        if (hz <= 0 || hz >= PcmFrame.SAMPLE_RATE / 2.0) {
            throw new IllegalArgumentException("tone must be between 0 and 24000 Hz, was " + hz);
        }
        this.hz = hz;
        this.amplitude = 32767 * Math.pow(10, Math.min(0, levelDbfs) / 20);
    }

    public double frequency() {
        return hz;
    }

    /** The next 20 ms of tone, stamped {@code timestampMicros}. */
    public PcmFrame next(long timestampMicros) {
        short[] samples = new short[PcmFrame.SAMPLES_PER_FRAME];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * (samplesMade + i)
                    / PcmFrame.SAMPLE_RATE));
        }
        samplesMade += samples.length;
        return new PcmFrame(timestampMicros, samples);
    }
}
