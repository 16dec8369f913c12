package org.sealroom.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.support.VirtualClock;

class VoiceActivityTest {
    private static PcmFrame noise(Random random, double rms, long ts) {
        short[] s = new short[PcmFrame.SAMPLES_PER_FRAME];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(random.nextGaussian() * rms);
        }
        return new PcmFrame(ts, s);
    }

    @Test
    void hearsSpeechOverBackgroundNoiseAndHoldsThroughShortGaps() {
        VoiceActivityDetector vad = new VoiceActivityDetector();
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            assertThat(vad.classify(noise(random, 30, i)).active()).as("background noise at frame %d", i).isFalse();
        }
        assertThat(vad.classify(noise(random, 3000, 100)).active()).isTrue();
        assertThat(vad.current().levelDbfs()).isBetween(-22.0, -18.0);
        for (int i = 0; i < VoiceActivityDetector.HANGOVER_FRAMES - 1; i++) {
            assertThat(vad.classify(noise(random, 30, 101 + i)).active()).as("hangover").isTrue();
        }
        assertThat(vad.classify(noise(random, 30, 200)).active()).isFalse();
    }

    @Test
    void dtxSendsOneFrameIn20WhileSilentAndEverythingWhileSpeaking() {
        VoiceActivityDetector vad = new VoiceActivityDetector();
        List<PcmFrame> sent = new ArrayList<>();
        Pipeline<PcmFrame> p = Pipeline.<PcmFrame>named("mic").then(vad)
                .then(new DiscontinuousTransmission(vad)).into("encoder", sent::add);
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            p.accept(noise(random, 20, i));
        }
        assertThat(sent).hasSize(10);
        assertThat(p.stats("dtx").dropped("dtx")).isEqualTo(190);
        sent.clear();
        for (int i = 0; i < 50; i++) {
            p.accept(noise(random, 4000, 200 + i));
        }
        assertThat(sent).hasSize(50);
    }

    @Test
    void activeSpeakerIsTheLoudestTalkerAndDoesNotFlap() {
        VirtualClock clock = new VirtualClock(0);
        ActiveSpeakerTracker tracker = new ActiveSpeakerTracker(clock);
        assertThat(tracker.activeSpeaker()).isEmpty();
        tracker.update(1, new VoiceActivity(true, -30));
        tracker.update(2, new VoiceActivity(false, -60));
        assertThat(tracker.activeSpeaker()).hasValue(1);
        clock.set(100_000);
        tracker.update(2, new VoiceActivity(true, -20));
        tracker.update(1, new VoiceActivity(true, -30));
        assertThat(tracker.activeSpeaker()).as("held for a second").hasValue(1);
        clock.set(1_200_000);
        tracker.update(2, new VoiceActivity(true, -20));
        tracker.update(1, new VoiceActivity(true, -30));
        assertThat(tracker.activeSpeaker()).hasValue(2);
        clock.set(3_000_000);
        assertThat(tracker.activeSpeaker()).as("everyone fell silent").isEmpty();
    }
}
