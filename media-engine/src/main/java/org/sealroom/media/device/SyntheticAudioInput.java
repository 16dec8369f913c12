package org.sealroom.media.device;

import java.util.function.Consumer;

import org.sealroom.media.MediaClock;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.PcmFrame;

/** The headless client's microphone ({@code --synthetic-media}): a continuous tone in real time. */
public final class SyntheticAudioInput implements AudioInput {
    private final ToneGenerator tone;
    private final MediaClock clock;
    private FrameTimer timer;

    public SyntheticAudioInput(ToneGenerator tone, MediaClock clock) {
        this.tone = tone;
        this.clock = clock;
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(DeviceKind.MICROPHONE, DeviceStatus.Availability.AVAILABLE,
                "synthetic " + tone.frequency() + " Hz tone");
    }

    @Override
    public synchronized void start(Consumer<PcmFrame> frames) {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = new FrameTimer("sealroom-synthetic-audio", PcmFrame.FRAME_MICROS,
                () -> frames.accept(tone.next(clock.nowMicros())));
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.close();
        }
    }
}
