package org.sealroom.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;
import org.sealroom.media.video.PictureQuality;
import org.sealroom.media.video.TestPattern;

class Vp8CodecTest {
    @Test
    void sendsKeyframesOnlyFirstAndOnRequest() {
        try (Vp8Encoder encoder = new Vp8Encoder(Vp8Profile.camera(640, 360, 30, 600));
             Vp8Decoder decoder = new Vp8Decoder()) {
            boolean[] keys = new boolean[40];
            for (int i = 0; i < 40; i++) {
                if (i == 25) {
                    encoder.requestKeyframe();
                }
                EncodedFrame frame = encoder.encode(TestPattern.render(640, 360, new FrameStamp(i, i * 33_333L)));
                keys[i] = frame.keyframe();
                I420Frame picture = decoder.decode(frame);
                assertThat(picture.width()).isEqualTo(640);
                assertThat(FrameStampCodec.read(picture)).contains(new FrameStamp(i, i * 33_333L));
                assertThat(picture.timestampMicros()).isEqualTo(i * 33_333L);
            }
            for (int i = 0; i < 40; i++) {
                assertThat(keys[i]).as("frame %d keyframe", i).isEqualTo(i == 0 || i == 25);
            }
            assertThat(encoder.keyframesSent()).isEqualTo(2);
        }
    }

    @Test
    void aNewDecoderStartsAtTheRequestedKeyframe() {
        try (Vp8Encoder encoder = new Vp8Encoder(Vp8Profile.camera(320, 180, 15, 200));
             Vp8Decoder decoder = new Vp8Decoder()) {
            for (int i = 0; i < 10; i++) {
                encoder.encode(TestPattern.render(320, 180, new FrameStamp(i, i)));
            }
            encoder.requestKeyframe();
            EncodedFrame key = encoder.encode(TestPattern.render(320, 180, new FrameStamp(10, 10)));
            assertThat(key.keyframe()).isTrue();
            assertThat(FrameStampCodec.read(decoder.decode(key))).contains(new FrameStamp(10, 10));
        }
    }

    @Test
    void scalesPicturesToTheProfileAndFollowsReconfiguration() {
        try (Vp8Encoder encoder = new Vp8Encoder(Vp8Profile.camera(640, 360, 30, 600));
             Vp8Decoder decoder = new Vp8Decoder()) {
            I420Frame hd = TestPattern.render(1280, 720, new FrameStamp(1, 1));
            assertThat(decoder.decode(encoder.encode(hd)).width()).isEqualTo(640);
            encoder.reconfigure(Vp8Profile.camera(320, 180, 15, 100));
            EncodedFrame small = encoder.encode(hd);
            assertThat(small.keyframe()).as("a new configuration starts with a keyframe").isTrue();
            I420Frame decoded = decoder.decode(small);
            assertThat(decoded.width()).isEqualTo(320);
            assertThat(decoded.height()).isEqualTo(180);
            assertThat(FrameStampCodec.read(decoded)).contains(new FrameStamp(1, 1));
        }
    }

    @Test
    void screenProfileKeepsTextSharp() {
        I420Frame text = textPage(1280, 720);
        try (Vp8Encoder encoder = new Vp8Encoder(Vp8Profile.screenShare(1280, 720, 5, 1500));
             Vp8Decoder decoder = new Vp8Decoder()) {
            I420Frame decoded = null;
            for (int i = 0; i < 5; i++) {
                decoded = decoder.decode(encoder.encode(text.withTimestamp(i * 200_000L)));
            }
            assertThat(PictureQuality.psnrY(text, decoded)).as("text PSNR, dB").isGreaterThan(35);
        }
    }

    @Test
    void corruptDataIsRefusedNotCrashed() {
        try (Vp8Decoder decoder = new Vp8Decoder()) {
            byte[] garbage = new byte[500];
            Arrays.fill(garbage, (byte) 0x5a);
            assertThatThrownBy(() -> decoder.decode(new EncodedFrame(0, true, garbage)))
                    .isInstanceOf(CodecException.class);
        }
        assertThatThrownBy(() -> Vp8Profile.camera(641, 360, 30, 600)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Black 1-pixel strokes on white in a text-like grid: the hardest case for a video codec. */
    static I420Frame textPage(int width, int height) {
        I420Frame page = I420Frame.blank(width, height, 0);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int cx = x % 8;
                int cy = y % 14;
                boolean glyph = cy >= 3 && cy < 12 && cx < 6 && ((x / 8 * 7 + y / 14 * 13 + cx * cy) % 5 == 0
                        || cx == 0 && (x / 8) % 3 == 0);
                page.y()[y * width + x] = (byte) (glyph ? 16 : 235);
            }
        }
        return page;
    }
}
