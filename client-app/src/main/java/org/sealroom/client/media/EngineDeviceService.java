package org.sealroom.client.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.sealroom.client.session.DevicePreview;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.DeviceService;
import org.sealroom.client.session.MediaDevice;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.MediaException;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.device.AudioInput;
import org.sealroom.media.device.AudioOutput;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.VideoSource;

/**
 * The settings screen's devices, from the media engine: lists (kept fresh by its hot-plug watcher), a camera preview,
 * a microphone level meter and a test sound. Meetings started afterwards use the {@link #selection()}; give
 * {@code this::selection} to {@link SessionMediaFactory}. A device that is missing or fails gives a
 * {@link SessionException} whose message says why ("no microphone found (...)"), never a crash.
 */
public final class EngineDeviceService implements DeviceService, AutoCloseable {

    static final int PREVIEW_WIDTH = 640;
    static final int PREVIEW_HEIGHT = 360;
    static final int PREVIEW_FRAME_RATE = 30;
    static final long TEST_SOUND_MILLIS = 1_000;

    private final DeviceAccess devices;
    private final Runnable startWatching;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sealroom-device-service");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DeviceSelection selection = DeviceSelection.SYSTEM_DEFAULTS;
    private volatile boolean watching;

    public EngineDeviceService(MediaEngine engine) {
        this(DeviceAccess.of(engine), engine::startWatchingDevices);
    }

    EngineDeviceService(DeviceAccess devices, Runnable startWatching) {
        this.devices = devices;
        this.startWatching = startWatching;
    }

    @Override
    public List<MediaDevice> devices(MediaDevice.Kind kind) {
        if (!watching) {
            watching = true;
            startWatching.run();
        }
        List<MediaDevice> out = new ArrayList<>();
        for (org.sealroom.media.device.MediaDevice device : devices.devices(engineKind(kind))) {
            // The system lists its default device first.
            out.add(new MediaDevice(device.id(), device.name(), kind, out.isEmpty()));
        }
        return out;
    }

    /** Whether devices of {@code kind} can be used, and if not why ("no camera found (...)"). */
    public DeviceStatus status(MediaDevice.Kind kind) {
        DeviceKind engineKind = engineKind(kind);
        DeviceStatus status = devices.inventory().status(engineKind);
        return status != null ? status : devices.whyMissing(engineKind);
    }

    @Override
    public void select(DeviceSelection newSelection) {
        selection = newSelection;
    }

    @Override
    public DeviceSelection selection() {
        return selection;
    }

    @Override
    public DevicePreview previewCamera(String cameraId, Consumer<VideoFrame> frames) throws SessionException {
        org.sealroom.media.device.MediaDevice camera = require(DeviceKind.CAMERA, cameraId);
        VideoSource source = opened(DeviceKind.CAMERA, () -> devices.engine().openCamera(camera, PREVIEW_WIDTH,
                PREVIEW_HEIGHT, PREVIEW_FRAME_RATE));
        ArgbConverter converter = new ArgbConverter(VideoFrame.Source.CAMERA);
        long[] count = {0};
        started(DeviceKind.CAMERA, source, () -> source.start(picture -> frames.accept(converter.convert(picture,
                count[0]++))));
        return source::close;
    }

    @Override
    public DevicePreview meterMicrophone(String microphoneId, DoubleConsumer level) throws SessionException {
        org.sealroom.media.device.MediaDevice microphone = require(DeviceKind.MICROPHONE, microphoneId);
        AudioInput input = opened(DeviceKind.MICROPHONE, () -> devices.engine().openMicrophone(microphone));
        started(DeviceKind.MICROPHONE, input, () -> input.start(new MicrophoneLevel(level)));
        return input::close;
    }

    /** Plays a {@value #TEST_SOUND_MILLIS} ms 440 Hz tone, then releases the speaker; returns once it plays. */
    @Override
    public void playTestSound(String speakerId) throws SessionException {
        org.sealroom.media.device.MediaDevice speakers = require(DeviceKind.SPEAKERS, speakerId);
        AudioOutput output = opened(DeviceKind.SPEAKERS, () -> devices.engine().openSpeakers(speakers));
        ToneGenerator tone = new ToneGenerator(440, -12);
        long[] startedAt = {Long.MIN_VALUE};
        started(DeviceKind.SPEAKERS, output, () -> output.start(now -> {
            if (startedAt[0] == Long.MIN_VALUE) {
                startedAt[0] = now;
            }
            return now - startedAt[0] < TEST_SOUND_MILLIS * 1000 ? tone.next(now) : PcmFrame.silence(now);
        }));
        timers.schedule(output::close, TEST_SOUND_MILLIS + 200, TimeUnit.MILLISECONDS);
    }

    /** The device with {@code id} (blank: the system default), or why there is none. */
    private org.sealroom.media.device.MediaDevice require(DeviceKind kind, String id) throws SessionException {
        Optional<org.sealroom.media.device.MediaDevice> device = devices.pick(kind, Optional.ofNullable(id));
        if (device.isPresent()) {
            return device.get();
        }
        if (devices.devices(kind).isEmpty()) {
            throw new SessionException(capitalised(devices.whyMissing(kind).message()) + ".");
        }
        throw new SessionException("That " + kind.label() + " is not connected any more; pick another.");
    }

    private static <T> T opened(DeviceKind kind, Supplier<T> open) throws SessionException {
        try {
            return open.get();
        } catch (MediaException e) {
            throw failed(kind, e);
        }
    }

    private static void started(DeviceKind kind, AutoCloseable device, Runnable start) throws SessionException {
        try {
            start.run();
        } catch (MediaException | IllegalStateException e) {
            try {
                device.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw failed(kind, e);
        }
    }

    private static SessionException failed(DeviceKind kind, RuntimeException e) {
        return new SessionException("The " + kind.label() + " could not be used: "
                + DeviceWorker.unavailable(kind, e).message(), e);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static DeviceKind engineKind(MediaDevice.Kind kind) {
        return switch (kind) {
            case MICROPHONE -> DeviceKind.MICROPHONE;
            case SPEAKER -> DeviceKind.SPEAKERS;
            case CAMERA -> DeviceKind.CAMERA;
        };
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
