package org.sealroom.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.PcmFrame;

/**
 * A synthetic echo path: the far end's speech-like signal comes back into the microphone 40 ms later through a
 * two-tap room response at -6 dB and -14 dB, with no near-end talker. After 3 s of convergence the processor must
 * remove at least 20 dB of it (echo return loss enhancement).
 */
class EchoCancellationTest {
    private static final int SECONDS = 8;
    private static final int CONVERGE_FRAMES = 3 * 50;

    @Test
    void attenuatesTheEchoByAtLeastTwentyDecibels() {
        int rate = PcmFrame.SAMPLE_RATE;
        double[] far = speechLike(new Random(11), rate * SECONDS);
        int delay = rate * 40 / 1000;
        int secondTap = delay + rate * 10 / 1000;
        double inEnergy = 0;
        double outEnergy = 0;
        try (AudioProcessor processor = new AudioProcessor(AudioProcessingSettings.meeting())) {
            processor.setStreamDelayMs(40);
            for (int f = 0; f < SECONDS * 50; f++) {
                short[] farFrame = new short[PcmFrame.SAMPLES_PER_FRAME];
                short[] micFrame = new short[PcmFrame.SAMPLES_PER_FRAME];
                for (int i = 0; i < farFrame.length; i++) {
                    int n = f * farFrame.length + i;
                    farFrame[i] = clip(far[n]);
                    micFrame[i] = clip((n >= delay ? 0.5 * far[n - delay] : 0)
                            + (n >= secondTap ? 0.2 * far[n - secondTap] : 0));
                }
                processor.analyzePlayout(new PcmFrame(f * 20_000L, farFrame));
                PcmFrame cleaned = processor.processCapture(new PcmFrame(f * 20_000L, micFrame));
                if (f >= CONVERGE_FRAMES) {
                    inEnergy += energy(micFrame);
                    outEnergy += energy(cleaned.samples());
                }
            }
        }
        double erle = 10 * Math.log10(inEnergy / Math.max(outEnergy, 1));
        System.out.printf("ERLE %.1f dB%n", erle);
        assertThat(erle).as("echo return loss enhancement, dB").isGreaterThanOrEqualTo(20);
    }

    @Test
    void passesTheNearEndTalkerThrough() {
        double[] near = speechLike(new Random(5), PcmFrame.SAMPLE_RATE * 3);
        double inEnergy = 0;
        double outEnergy = 0;
        try (AudioProcessor processor = new AudioProcessor(new AudioProcessingSettings(true, false, false, true))) {
            for (int f = 0; f < 150; f++) {
                short[] mic = new short[PcmFrame.SAMPLES_PER_FRAME];
                for (int i = 0; i < mic.length; i++) {
                    mic[i] = clip(near[f * mic.length + i]);
                }
                processor.analyzePlayout(PcmFrame.silence(f * 20_000L));
                PcmFrame out = processor.processCapture(new PcmFrame(f * 20_000L, mic));
                if (f >= 50) {
                    inEnergy += energy(mic);
                    outEnergy += energy(out.samples());
                }
            }
        }
        assertThat(10 * Math.log10(inEnergy / outEnergy)).as("near-end loss, dB").isLessThan(3);
    }

    /** Low-passed noise, amplitude-modulated at 3 Hz so it comes in syllable-like bursts. */
    static double[] speechLike(Random random, int samples) {
        double[] out = new double[samples];
        double lowPassed = 0;
        for (int i = 0; i < samples; i++) {
            lowPassed = 0.9 * lowPassed + 0.1 * random.nextGaussian();
            out[i] = lowPassed * Math.max(0, Math.sin(2 * Math.PI * 3 * i / PcmFrame.SAMPLE_RATE)) * 8000;
        }
        return out;
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }

    private static double energy(short[] samples) {
        double e = 0;
        for (short s : samples) {
            e += (double) s * s;
        }
        return e;
    }
}
