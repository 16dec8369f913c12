package org.sealroom.media.codec;

import java.util.Objects;

/**
 * A block of mono 16-bit PCM at {@value #SAMPLE_RATE} Hz, normally {@value #SAMPLES_PER_FRAME} samples (20 ms).
 *
 * @param timestampMicros capture time of the first sample (sender's media clock)
 * @param samples         the samples; owned by the frame, not copied
 */
public record PcmFrame(long timestampMicros, short[] samples) {
    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_MILLIS = 20;
    public static final int SAMPLES_PER_FRAME = SAMPLE_RATE * FRAME_MILLIS / 1000;
    public static final long FRAME_MICROS = FRAME_MILLIS * 1000L;

    public PcmFrame {
        Objects.requireNonNull(samples, "samples");
    }

    public static PcmFrame silence(long timestampMicros) {
        return new PcmFrame(timestampMicros, new short[SAMPLES_PER_FRAME]);
    }

    /** Root-mean-square level of the samples, 0 to 32768. */
    public double rms() {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    @Override
    public String toString() {
        return "PcmFrame[ts=" + timestampMicros + ", samples=" + samples.length + "]";
    }
}
