package org.sealroom.client.ui.meeting.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.fakes.TestFrames;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The tile's frame path, on the real (headless) toolkit: one copy per frame, never into a picture on screen. */
class FrameSlotsTest {

    private final AtomicLong clock = new AtomicLong();
    private final FrameSlots slots = new FrameSlots(clock::get);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private WritableImage pulse() {
        return onFx(slots::pulse);
    }

    private static int pixel(WritableImage image) {
        return onFx(() -> image.getPixelReader().getArgb(0, 0));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The UI thread did not answer", e);
        }
    }

    @Test
    void showsTheNewestFrameAfterOneCopy() {
        slots.offer(TestFrames.solid(4, 2, 0x112233, 1));
        WritableImage image = pulse();
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(pixel(image)).isEqualTo(0xFF112233);
        assertThat(slots.framesCopied()).isEqualTo(1);
        assertThat(pulse()).as("nothing new").isNull();
    }

    @Test
    void neverWritesIntoThePictureOnScreen() {
        slots.offer(TestFrames.solid(4, 2, 0xAA0000, 1));
        WritableImage shown = pulse();
        for (int i = 0; i < 10; i++) {
            slots.offer(TestFrames.solid(4, 2, 0x00BB00 + i, 2 + i));
        }
        assertThat(pixel(shown)).isEqualTo(0xFFAA0000);
        WritableImage next = pulse();
        assertThat(pixel(next)).isEqualTo(0xFF00BB09);
        assertThat(pixel(shown)).as("the previous picture is not reused before the next pulse").isEqualTo(0xFFAA0000);
        assertThat(slots.framesDropped()).as("superseded before a pulse").isEqualTo(9);
    }

    @Test
    void aPausedTileDropsEverythingWithoutCopying() {
        slots.setDemand(VideoDemand.PAUSED);
        slots.offer(TestFrames.solid(4, 2, 0x123456, 1));
        assertThat(slots.framesCopied()).isZero();
        assertThat(slots.framesDropped()).isEqualTo(1);
        assertThat(pulse()).isNull();
    }

    @Test
    void aThumbnailTakesAFewFramesASecond() {
        slots.setDemand(VideoDemand.THUMBNAIL);
        slots.offer(TestFrames.solid(4, 2, 1, 1));
        clock.addAndGet(FrameSlots.THUMBNAIL_INTERVAL_NANOS / 3);
        slots.offer(TestFrames.solid(4, 2, 2, 2));
        clock.addAndGet(FrameSlots.THUMBNAIL_INTERVAL_NANOS);
        slots.offer(TestFrames.solid(4, 2, 3, 3));
        assertThat(slots.framesCopied()).isEqualTo(2);
    }

    @Test
    void followsAChangeOfPictureSize() {
        slots.offer(TestFrames.solid(4, 2, 0x010101, 1));
        pulse();
        slots.offer(TestFrames.solid(8, 6, 0x020202, 2));
        WritableImage bigger = pulse();
        assertThat(bigger.getWidth()).isEqualTo(8);
        assertThat(bigger.getHeight()).isEqualTo(6);
    }

    @Test
    void dropsAFrameWhoseBufferIsTooShort() {
        slots.offer(new VideoFrame(VideoFrame.Source.CAMERA, 4, 4, IntBuffer.allocate(3), 1));
        slots.offer(new VideoFrame(VideoFrame.Source.CAMERA, 0, 4, IntBuffer.allocate(3), 2));
        assertThat(slots.framesCopied()).isZero();
        assertThat(slots.framesDropped()).isEqualTo(2);
    }
}
