package org.sealroom.media.device;

import java.util.function.Consumer;

import org.sealroom.media.codec.PcmFrame;

/** Something that produces 20 ms mono 48 kHz frames: a microphone or the synthetic tone. */
public interface AudioInput extends AutoCloseable {
    DeviceStatus status();

    /** Starts delivering frames to {@code frames} on the input's own thread. */
    void start(Consumer<PcmFrame> frames);

    @Override
    void close();
}
