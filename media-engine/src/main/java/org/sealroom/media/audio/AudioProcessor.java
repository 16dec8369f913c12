package org.sealroom.media.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import dev.onvoid.webrtc.media.audio.AudioProcessing;
import dev.onvoid.webrtc.media.audio.AudioProcessingConfig;
import dev.onvoid.webrtc.media.audio.AudioProcessingStreamConfig;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.NativeMedia;
import org.sealroom.media.pipeline.Transformer;

/**
 * WebRTC's audio processing (through webrtc-java): echo cancellation (AEC3), noise suppression, automatic gain and a
 * high-pass filter on the microphone signal. The echo canceller needs what the speakers play: feed every played frame
 * to {@link #analyzePlayout}. Works in 10 ms blocks, two per 20 ms frame.
 */
public final class AudioProcessor extends Transformer<PcmFrame, PcmFrame> implements AutoCloseable {
    private static final int BLOCK = PcmFrame.SAMPLE_RATE / 100;

    private final AudioProcessing apm;
    private final AudioProcessingStreamConfig format = new AudioProcessingStreamConfig(PcmFrame.SAMPLE_RATE, 1);
    private final byte[] in = new byte[BLOCK * 2];
    private final byte[] out = new byte[BLOCK * 2];
    private volatile int streamDelayMs = 40;
    private boolean closed;

    public AudioProcessor(AudioProcessingSettings settings) {
        super("audio-processing");
        NativeMedia.require(DeviceKind.MICROPHONE);
        apm = new AudioProcessing();
        AudioProcessingConfig config = new AudioProcessingConfig();
        config.echoCanceller.enabled = settings.echoCancellation();
        config.noiseSuppression.enabled = settings.noiseSuppression();
        config.noiseSuppression.level = AudioProcessingConfig.NoiseSuppression.Level.HIGH;
        config.gainControl.enabled = settings.automaticGain();
        config.gainControl.adaptiveDigital.enabled = settings.automaticGain();
        config.highPassFilter.enabled = settings.highPassFilter();
        apm.applyConfig(config);
    }

    /**
     * Tells the echo canceller how long sound takes from {@link #analyzePlayout} to coming back in at the microphone
     * (device buffers); AEC3 searches around it.
     */
    public void setStreamDelayMs(int delayMs) {
        streamDelayMs = delayMs;
    }

    /** Cleans one microphone frame. */
    public synchronized PcmFrame processCapture(PcmFrame near) {
        ensureOpen();
        short[] result = new short[near.samples().length];
        for (int offset = 0; offset + BLOCK <= near.samples().length; offset += BLOCK) {
            toBytes(near.samples(), offset, in);
            apm.setStreamDelayMs(streamDelayMs);
            check(apm.processStream(in, format, format, out), "processStream");
            ByteBuffer.wrap(out).order(ByteOrder.nativeOrder()).asShortBuffer().get(result, offset, BLOCK);
        }
        return new PcmFrame(near.timestampMicros(), result);
    }

    /** Shows the echo canceller one frame the speakers play (the far end). */
    public synchronized void analyzePlayout(PcmFrame far) {
        ensureOpen();
        for (int offset = 0; offset + BLOCK <= far.samples().length; offset += BLOCK) {
            toBytes(far.samples(), offset, in);
            check(apm.processReverseStream(in, format, format, out), "processReverseStream");
        }
    }

    @Override
    protected PcmFrame transform(PcmFrame near) {
        return processCapture(near);
    }

    private static void toBytes(short[] samples, int offset, byte[] dst) {
        ByteBuffer.wrap(dst).order(ByteOrder.nativeOrder()).asShortBuffer().put(samples, offset, BLOCK);
    }

    private static void check(int rc, String call) {
        if (rc != 0) {
            throw new org.sealroom.media.MediaException("audio processing " + call + " returned error " + rc);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new org.sealroom.media.MediaException("audio processor is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            apm.dispose();
        }
    }
}
