package org.sealroom.media.device;

import java.util.function.Consumer;

import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.TestPattern;

/** The headless client's camera ({@code --synthetic-media}): the stamped {@link TestPattern} at a fixed rate. */
public final class SyntheticVideoSource implements VideoSource {
    private final int width;
    private final int height;
    private final int frameRate;
    private final MediaClock clock;
    private FrameTimer timer;
    private int frameNumber;

    public SyntheticVideoSource(int width, int height, int frameRate, MediaClock clock) {
        this.width = width;
        this.height = height;
        this.frameRate = frameRate;
        this.clock = clock;
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(DeviceKind.CAMERA, DeviceStatus.Availability.AVAILABLE,
                "synthetic test pattern " + width + "x" + height + " at " + frameRate + " fps");
    }

    @Override
    public synchronized void start(Consumer<I420Frame> frames) {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = new FrameTimer("sealroom-synthetic-video", 1_000_000L / frameRate,
                () -> frames.accept(TestPattern.render(width, height, new FrameStamp(frameNumber++, clock.nowMicros()))));
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.close();
        }
    }
}
