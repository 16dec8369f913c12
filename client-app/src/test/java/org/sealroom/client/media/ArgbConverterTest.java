package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;
import org.sealroom.media.video.TestPattern;

class ArgbConverterTest {

    private static I420Frame uniform(int width, int height, int y, int u, int v) {
        I420Frame picture = I420Frame.blank(width, height, 0);
        Arrays.fill(picture.y(), (byte) y);
        Arrays.fill(picture.u(), (byte) u);
        Arrays.fill(picture.v(), (byte) v);
        return picture;
    }

    private static int pixel(VideoFrame frame, int x, int y) {
        return frame.argbPremultiplied().get(y * frame.width() + x);
    }

    @Test
    void convertsBt601LimitedRangeToOpaqueArgb() {
        ArgbConverter converter = new ArgbConverter(VideoFrame.Source.CAMERA);
        assertThat(pixel(converter.convert(uniform(4, 2, 235, 128, 128), 0), 0, 0)).isEqualTo(0xffffffff);
        assertThat(pixel(converter.convert(uniform(4, 2, 16, 128, 128), 1), 3, 1)).isEqualTo(0xff000000);
        // BT.601 red, green and blue (studio swing) come out at full saturation, give or take rounding.
        assertThat(channels(pixel(converter.convert(uniform(2, 2, 81, 90, 240), 2), 1, 1)))
                .satisfies(c -> assertThat(c[0]).isGreaterThanOrEqualTo(253), c -> assertThat(c[1]).isLessThan(3),
                        c -> assertThat(c[2]).isLessThan(3));
        assertThat(channels(pixel(converter.convert(uniform(2, 2, 145, 54, 34), 3), 0, 0)))
                .satisfies(c -> assertThat(c[0]).isLessThan(3), c -> assertThat(c[1]).isGreaterThanOrEqualTo(253),
                        c -> assertThat(c[2]).isLessThan(3));
        assertThat(channels(pixel(converter.convert(uniform(2, 2, 41, 240, 110), 4), 0, 0)))
                .satisfies(c -> assertThat(c[0]).isLessThan(3), c -> assertThat(c[1]).isLessThan(3),
                        c -> assertThat(c[2]).isGreaterThanOrEqualTo(253));
    }

    @Test
    void writesOnePictureIntoItsOwnReusedBufferAndKeepsItsGeometry() {
        ArgbConverter converter = new ArgbConverter(VideoFrame.Source.SCREEN);
        I420Frame picture = TestPattern.render(641, 361, new FrameStamp(7, 1_000));
        VideoFrame first = converter.convert(picture, 41);
        assertThat(first.source()).isEqualTo(VideoFrame.Source.SCREEN);
        assertThat(first.width()).isEqualTo(641);
        assertThat(first.height()).isEqualTo(361);
        assertThat(first.frameNumber()).isEqualTo(41);
        assertThat(first.argbPremultiplied().remaining()).isEqualTo(641 * 361);
        VideoFrame second = converter.convert(TestPattern.render(641, 361, new FrameStamp(8, 2_000)), 42);
        assertThat(second.argbPremultiplied().array()).isSameAs(first.argbPremultiplied().array());
        // The stamp survives the conversion: grey cells whose brightness gives back the frame number.
        assertThat(FrameStampCodec.read(lumaOf(second))).contains(new FrameStamp(8, 2_000));
    }

    private static int[] channels(int argb) {
        return new int[] {argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff};
    }

    /** The picture's luma back from its ARGB (R = G = B where chroma is neutral, as in the stamp). */
    private static I420Frame lumaOf(VideoFrame frame) {
        I420Frame picture = I420Frame.blank(frame.width(), frame.height(), 0);
        for (int i = 0; i < frame.width() * frame.height(); i++) {
            int green = frame.argbPremultiplied().get(i) >> 8 & 0xff;
            picture.y()[i] = (byte) Math.round(16 + green * 219 / 255.0);
        }
        return picture;
    }
}
