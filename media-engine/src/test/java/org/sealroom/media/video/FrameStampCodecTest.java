package org.sealroom.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.FrameScaler;
import org.sealroom.media.codec.I420Frame;

class FrameStampCodecTest {
    @Test
    void readsBackWhatItWrote() {
        FrameStamp stamp = new FrameStamp(123_456, 1_732_000_000_123_456L);
        I420Frame picture = TestPattern.render(640, 360, stamp);
        assertThat(FrameStampCodec.read(picture)).contains(stamp);
        assertThat(picture.timestampMicros()).isEqualTo(stamp.captureMicros());
    }

    @Test
    void survivesScaling() {
        FrameStamp stamp = new FrameStamp(-1, Long.MAX_VALUE);
        try (FrameScaler scaler = new FrameScaler()) {
            I420Frame small = scaler.scale(TestPattern.render(1280, 720, stamp), 320, 180);
            assertThat(FrameStampCodec.read(small)).contains(stamp);
        }
    }

    @Test
    void aDamagedStampReadsAsNothing() {
        I420Frame picture = TestPattern.render(640, 360, new FrameStamp(5, 5));
        int h = FrameStampCodec.stampHeight(640, 360);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < 50; x++) {
                picture.y()[y * 640 + x] = (byte) ~picture.y()[y * 640 + x];
            }
        }
        assertThat(FrameStampCodec.read(picture)).isEmpty();
        assertThat(FrameStampCodec.read(I420Frame.blank(640, 360, 0))).isEmpty();
    }

    @Test
    void thePatternMovesAndIsAPureFunctionOfItsStamp() {
        I420Frame a = TestPattern.render(320, 180, new FrameStamp(10, 0));
        assertThat(PictureQuality.psnrY(a, TestPattern.render(320, 180, new FrameStamp(10, 0))))
                .isEqualTo(PictureQuality.IDENTICAL_DB);
        assertThat(PictureQuality.psnrY(a, TestPattern.render(320, 180, new FrameStamp(11, 0)))).isLessThan(40);
    }
}
