package org.sealroom.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.support.ToneAnalysis;

class OpusCodecTest {
    @Test
    void encodesTwentyMillisecondFramesThatDecodeBackToTheTone() {
        ToneGenerator tone = new ToneGenerator(440, -12);
        try (OpusEncoder encoder = new OpusEncoder(OpusSettings.voice()); OpusDecoder decoder = new OpusDecoder()) {
            double snr = 0;
            int bytes = 0;
            for (int i = 0; i < 100; i++) {
                EncodedFrame frame = encoder.encode(tone.next(i * PcmFrame.FRAME_MICROS));
                assertThat(frame.timestampMicros()).isEqualTo(i * PcmFrame.FRAME_MICROS);
                assertThat(frame.keyframe()).isTrue();
                bytes += frame.data().length;
                PcmFrame pcm = decoder.decode(frame);
                assertThat(pcm.samples()).hasSize(PcmFrame.SAMPLES_PER_FRAME);
                if (i >= 10) {
                    snr += ToneAnalysis.toneSnrDb(pcm.samples(), 440) / 90;
                }
            }
            assertThat(snr).as("tone SNR after decoding, dB").isGreaterThan(25);
            assertThat(bytes * 8 / 2).as("bitrate, bit/s").isBetween(16_000, 48_000);
        }
    }

    @Test
    void concealsALostFrameWithSoundNotSilence() {
        ToneGenerator tone = new ToneGenerator(300, -12);
        try (OpusEncoder encoder = new OpusEncoder(OpusSettings.voice()); OpusDecoder decoder = new OpusDecoder()) {
            assertThat(decoder.conceal(0).rms()).as("nothing received yet: silence").isZero();
            for (int i = 0; i < 20; i++) {
                decoder.decode(encoder.encode(tone.next(i * 20_000L)));
            }
            PcmFrame concealed = decoder.conceal(400_000);
            assertThat(concealed.samples()).hasSize(PcmFrame.SAMPLES_PER_FRAME);
            assertThat(concealed.rms()).isGreaterThan(1_000);
            assertThat(ToneAnalysis.toneSnrDb(concealed.samples(), 300)).isGreaterThan(6);
            assertThat(decoder.concealedFrames()).isEqualTo(2);
        }
    }

    @Test
    void refusesFramesOfTheWrongLengthAndCorruptPackets() {
        try (OpusEncoder encoder = new OpusEncoder(OpusSettings.voice()); OpusDecoder decoder = new OpusDecoder()) {
            assertThatThrownBy(() -> encoder.encode(new PcmFrame(0, new short[100])))
                    .isInstanceOf(CodecException.class).hasMessageContaining("960");
            assertThatThrownBy(() -> decoder.decode(new EncodedFrame(0, true, new byte[0])))
                    .isInstanceOf(CodecException.class);
            // TOC code 3 claiming 63 frames in a 3-byte packet
            assertThatThrownBy(() -> decoder.decode(new EncodedFrame(0, true, new byte[] {(byte) 0xfb, (byte) 0xff,
                    0})))
                    .isInstanceOf(CodecException.class).hasMessageContaining("Opus decoding");
        }
    }

    @Test
    void closedCodecsSayTheyAreClosed() {
        OpusEncoder encoder = new OpusEncoder(OpusSettings.voice());
        encoder.close();
        encoder.close();
        assertThatThrownBy(() -> encoder.encode(PcmFrame.silence(0))).isInstanceOf(CodecException.class)
                .hasMessageContaining("closed");
    }
}
