package org.sealroom.client.media;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.sealroom.media.codec.PcmFrame;

/**
 * A level meter for the settings screen: the loudness of the microphone's 20 ms frames on a 60 dB scale mapped to
 * [0, 1] (silence and anything below -60 dBFS read 0, full scale reads 1), reported as the louder of every
 * {@value #FRAMES_PER_READING} frames, so about 25 times a second.
 */
public final class MicrophoneLevel implements Consumer<PcmFrame> {

    static final int FRAMES_PER_READING = 2;
    private static final double FLOOR_DB = -60;

    private final DoubleConsumer readings;
    private double loudest;
    private int frames;

    public MicrophoneLevel(DoubleConsumer readings) {
        this.readings = readings;
    }

    /** The level of one frame in [0, 1]. */
    public static double of(PcmFrame frame) {
        double rms = frame.rms();
        if (rms <= 0) {
            return 0;
        }
        double dbfs = 20 * Math.log10(rms / 32768.0);
        return Math.clamp((dbfs - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0);
    }

    @Override
    public synchronized void accept(PcmFrame frame) {
        loudest = Math.max(loudest, of(frame));
        if (++frames == FRAMES_PER_READING) {
            readings.accept(loudest);
            loudest = 0;
            frames = 0;
        }
    }
}
