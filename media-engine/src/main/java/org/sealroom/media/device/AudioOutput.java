package org.sealroom.media.device;

import java.util.function.LongFunction;

import org.sealroom.media.codec.PcmFrame;

/** Something that plays sound: it pulls one 20 ms frame at a time, giving the time it asks at (µs, media clock). */
public interface AudioOutput extends AutoCloseable {
    DeviceStatus status();

    void start(LongFunction<PcmFrame> playout);

    @Override
    void close();
}
