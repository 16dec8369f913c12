package org.sealroom.media.device;

import java.util.function.Consumer;

import org.sealroom.media.codec.PcmFrame;

/**
 * Converts between the device's 10 ms interleaved 16-bit little-endian chunks (any channel count and rate) and the
 * engine's 20 ms mono 48 kHz frames: down-mixes by averaging, up-mixes by copying, resamples linearly.
 */
final class PcmChunks {
    private final short[] pending = new short[PcmFrame.SAMPLES_PER_FRAME];
    private int filled;
    private short[] playing = new short[0];
    private int played;

    /** Adds one recorded device chunk; emits a frame to {@code out} whenever 20 ms are complete. */
    void record(byte[] data, int samplesPerChannel, int channels, int rate, long nowMicros, Consumer<PcmFrame> out) {
        short[] mono = new short[samplesPerChannel];
        for (int i = 0; i < samplesPerChannel; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = 2 * (i * channels + c);
                sum += (short) ((data[at] & 0xff) | (data[at + 1] << 8));
            }
            mono[i] = (short) (sum / channels);
        }
        for (short s : resample(mono, rate, PcmFrame.SAMPLE_RATE)) {
            pending[filled++] = s;
            if (filled == pending.length) {
                out.accept(new PcmFrame(nowMicros - PcmFrame.FRAME_MICROS, pending.clone()));
                filled = 0;
            }
        }
    }

    /** Fills one device playout chunk, pulling 20 ms frames from {@code next} as needed. */
    void play(byte[] data, int samplesPerChannel, int channels, int rate, java.util.function.Supplier<PcmFrame> next) {
        int needed48k = (int) Math.ceil(samplesPerChannel * (double) PcmFrame.SAMPLE_RATE / rate);
        short[] mono48k = new short[needed48k];
        for (int i = 0; i < needed48k; i++) {
            if (played == playing.length) {
                playing = next.get().samples();
                played = 0;
                if (playing.length == 0) {
                    playing = new short[PcmFrame.SAMPLES_PER_FRAME];
                }
            }
            mono48k[i] = playing[played++];
        }
        short[] mono = resample(mono48k, PcmFrame.SAMPLE_RATE, rate);
        for (int i = 0; i < samplesPerChannel; i++) {
            short s = mono[Math.min(i, mono.length - 1)];
            for (int c = 0; c < channels; c++) {
                int at = 2 * (i * channels + c);
                data[at] = (byte) s;
                data[at + 1] = (byte) (s >> 8);
            }
        }
    }

    static short[] resample(short[] in, int fromRate, int toRate) {
        if (fromRate == toRate || in.length == 0) {
            return in;
        }
        int n = (int) Math.round(in.length * (double) toRate / fromRate);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            double pos = i * (double) fromRate / toRate;
            int left = Math.min((int) pos, in.length - 1);
            int right = Math.min(left + 1, in.length - 1);
            double frac = pos - left;
            out[i] = (short) Math.round(in[left] * (1 - frac) + in[right] * frac);
        }
        return out;
    }
}
