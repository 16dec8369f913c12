package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.PcmFrame;

class MicrophoneLevelTest {

    @Test
    void mapsSixtyDecibelsOntoZeroToOne() {
        assertThat(MicrophoneLevel.of(PcmFrame.silence(0))).isZero();
        // A sine peaking at -20 dBFS has an RMS 3 dB lower: -23 dBFS reads (60 - 23) / 60.
        assertThat(MicrophoneLevel.of(new ToneGenerator(440, -20).next(0))).isCloseTo(37 / 60.0, within(0.01));
        assertThat(MicrophoneLevel.of(new ToneGenerator(440, -70).next(0))).isZero();
    }

    @Test
    void reportsTheLouderOfEveryTwoFrames() {
        List<Double> readings = new ArrayList<>();
        MicrophoneLevel meter = new MicrophoneLevel(readings::add);
        meter.accept(new ToneGenerator(440, -6).next(0));
        assertThat(readings).isEmpty();
        meter.accept(PcmFrame.silence(20_000));
        meter.accept(PcmFrame.silence(40_000));
        meter.accept(PcmFrame.silence(60_000));
        assertThat(readings).hasSize(2);
        assertThat(readings.get(0)).isCloseTo(51 / 60.0, within(0.01));
        assertThat(readings.get(1)).isZero();
    }
}
