package org.sealroom.media.device;

import java.util.function.Consumer;

import org.sealroom.media.codec.I420Frame;

/** Something that produces pictures: a camera, a screen or window, or the synthetic test pattern. */
public interface VideoSource extends AutoCloseable {
    /** What the app should show about this source, such as "using java.awt.Robot". */
    DeviceStatus status();

    /** Starts delivering pictures to {@code frames} on the source's own thread. */
    void start(Consumer<I420Frame> frames);

    /** Stops capturing and frees native resources; safe to call twice. */
    @Override
    void close();
}
