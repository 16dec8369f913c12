package org.sealroom.client.media;

import java.util.List;
import org.sealroom.media.codec.PcmFrame;

/** The power of single frequencies in received sound (Goertzel), to tell which tone came through. */
final class ToneMeter {

    private ToneMeter() {
    }

    /** Power at {@code hz} over all samples of {@code frames}. */
    static double powerAt(List<PcmFrame> frames, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / PcmFrame.SAMPLE_RATE);
        double previous = 0;
        double beforePrevious = 0;
        for (PcmFrame frame : frames) {
            for (short sample : frame.samples()) {
                double current = sample + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }
        }
        return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
    }
}
