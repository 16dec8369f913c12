package org.sealroom.media.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.support.VirtualClock;

/** The send and receive paths, at a glance, as the UI's diagnostics show them. */
class StreamPathsTest {
    private final VirtualClock clock = new VirtualClock(0);

    @Test
    void audioPaths() {
        try (AudioSendStream send = new AudioSendStream(1, OpusSettings.voice(), null, true, p -> { });
             AudioReceiveStream receive = new AudioReceiveStream(1, clock, SyncGroup.standalone(), f -> { })) {
            assertThat(send.describe()).isEqualTo("audio-send: sample-clock -> voice-activity -> dtx -> opus-encoder"
                    + " -> redundancy-encoder -> packetizer -> transport");
            assertThat(receive.describe()).isEqualTo("""
                    audio-receive: packet-validator -> frame-assembler -> redundancy-decoder -> jitter-buffer
                    audio-playout: opus-decoder -> voice-activity -> speakers""");
        }
    }

    @Test
    void videoPaths() {
        try (VideoSendStream send = VideoSendStream.screenShare(2, p -> { });
             VideoReceiveStream receive = new VideoReceiveStream(2, clock, SyncGroup.standalone(), id -> { }, f -> { })) {
            assertThat(send.describe()).isEqualTo("screen-send: frame-rate-limiter -> rung-fitter -> vp8-encoder"
                    + " -> packetizer -> transport");
            assertThat(send.profile().screenContent()).isTrue();
            assertThat(receive.describe()).isEqualTo("""
                    video-receive: packet-validator -> frame-assembler -> jitter-buffer
                    video-render: decodability-gate -> unwrap -> vp8-decoder -> renderer""");
        }
    }
}
