package org.sealroom.media.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.PcmFrame;

class AudioMixTest {

    private static PcmFrame level(int value) {
        short[] samples = new short[PcmFrame.SAMPLES_PER_FRAME];
        Arrays.fill(samples, (short) value);
        return new PcmFrame(0, samples);
    }

    @Test
    void sumsOneFrameOfEverySourcePerTickAndClips() {
        AudioMix mix = new AudioMix();
        for (int i = 0; i < AudioMix.PRIME_FRAMES; i++) {
            mix.add(1, level(20_000));
            mix.add(2, level(20_000));
            mix.add(3, level(-100));
        }
        assertThat(mix.next(0).samples()).containsOnly(Short.MAX_VALUE);
        assertThat(mix.next(20_000).samples()).containsOnly(Short.MAX_VALUE);
        assertThat(mix.next(40_000).samples()).containsOnly((short) 0); // everyone ran dry: silence, not a gap
    }

    @Test
    void aSourceThatStopsLeavesSilenceAndTheOthersGoOn() {
        AudioMix mix = new AudioMix();
        mix.add(1, level(100));
        mix.add(1, level(100));
        mix.add(2, level(7));
        mix.add(2, level(7));
        mix.add(2, level(7));
        assertThat(mix.next(0).samples()[0]).isEqualTo((short) 107);
        assertThat(mix.next(0).samples()[0]).isEqualTo((short) 107);
        assertThat(mix.next(0).samples()[0]).isEqualTo((short) 7);
        mix.remove(2);
        assertThat(mix.next(0).samples()).containsOnly((short) 0);
    }

    @Test
    void waitsForACushionBeforeASourceCounts() {
        AudioMix mix = new AudioMix();
        mix.add(1, level(50));
        assertThat(mix.next(0).samples()).containsOnly((short) 0);
        mix.add(1, level(60));
        assertThat(mix.next(0).samples()).containsOnly((short) 50);
    }

    @Test
    void dropsTheOldestOfAnOverfullQueueAndFramesOfTheWrongLength() {
        AudioMix mix = new AudioMix();
        for (int i = 0; i < AudioMix.MAX_QUEUED_FRAMES + 3; i++) {
            mix.add(1, level(i));
        }
        mix.add(1, new PcmFrame(0, new short[10]));
        assertThat(mix.dropped()).isEqualTo(4);
        assertThat(mix.next(0).samples()[0]).isEqualTo((short) 3);
    }
}
