package org.sealroom.client.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The machine's microphones, speakers and cameras, for the settings screen's pickers, preview and level meter.
 * Enumeration and opening devices may block, so front ends call these methods off their UI thread; callbacks arrive on
 * the service's own threads.
 */
public interface DeviceService {

    List<MediaDevice> devices(MediaDevice.Kind kind) throws SessionException;

    /** Tells the session layer which devices meetings started from now on use. */
    void select(DeviceSelection selection);

    DeviceSelection selection();

    /**
     * Shows what a camera sees: {@code frames} receives pictures (each buffer valid until the next call) until the
     * preview is closed.
     */
    DevicePreview previewCamera(String cameraId, Consumer<VideoFrame> frames) throws SessionException;

    /**
     * Measures a microphone: {@code level} receives the input level in [0, 1] (about 20 times a second) until the
     * meter is closed.
     */
    DevicePreview meterMicrophone(String microphoneId, DoubleConsumer level) throws SessionException;

    /** Plays a short test sound on a speaker. */
    void playTestSound(String speakerId) throws SessionException;
}
