package org.sealroom.client.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.audio.AudioProcessor;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.device.AudioInput;
import org.sealroom.media.device.AudioOutput;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.MediaDevice;
import org.sealroom.media.device.VideoSource;
import org.sealroom.media.stream.AudioSendStream;
import org.sealroom.media.stream.VideoSendStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meeting with real devices ({@link org.sealroom.client.session.MediaOptions.Mode#DEVICES}): the chosen microphone
 * through echo cancellation and the rest into Opus, the chosen camera into VP8 (and a self view), and everyone else
 * through the chosen speakers. Devices open and close on a thread of their own, so no call here blocks; a device that
 * is missing or fails leaves a clear {@link DeviceStatus} ("no microphone found (...)") and the meeting goes on
 * without it.
 */
public final class DeviceMedia implements MediaSender {

    static final int CAMERA_WIDTH = 960;
    static final int CAMERA_HEIGHT = 540;
    static final int CAMERA_FRAME_RATE = 30;
    private static final Logger LOG = LoggerFactory.getLogger(DeviceMedia.class);

    private final DeviceAccess devices;
    private final MediaEngine engine;
    private final DeviceSelection selection;
    private final MediaOut out;
    private final KeyframeRequestRouter keyframes;
    private final MediaReceiver receiver;
    private final Consumer<VideoFrame> selfView;
    private final LocalMediaTaps taps;
    private final DeviceWorker worker = new DeviceWorker("sealroom-media-devices");
    // Device thread only.
    private final List<AutoCloseable> opened = new ArrayList<>();
    private FeedSwitch<PcmFrame> microphoneFeed;
    private VideoSendStream video;
    private VideoSource camera;
    private FeedSwitch<I420Frame> cameraFeed;
    private boolean microphoneOn;

    private DeviceMedia(DeviceAccess devices, DeviceSelection selection, MediaOut out,
            KeyframeRequestRouter keyframes, MediaReceiver receiver, Consumer<VideoFrame> selfView,
            boolean microphoneOn, LocalMediaTaps taps) {
        this.devices = devices;
        this.taps = taps;
        this.microphoneOn = microphoneOn;
        this.engine = devices.engine();
        this.selection = selection;
        this.out = out;
        this.keyframes = keyframes;
        this.receiver = receiver;
        this.selfView = selfView;
    }

    /** Opens the devices in {@code selection} in the background; {@code selfView} sees the own camera's pictures. */
    static DeviceMedia open(DeviceAccess devices, DeviceSelection selection, MediaOut out,
            KeyframeRequestRouter keyframes, MediaReceiver receiver, Consumer<VideoFrame> selfView,
            boolean microphoneOn, boolean cameraOn, LocalMediaTaps taps) {
        DeviceMedia media = new DeviceMedia(devices, selection, out, keyframes, receiver, selfView, microphoneOn,
                taps);
        media.worker.submit(DeviceKind.SPEAKERS, media::openSpeakers);
        media.worker.submit(DeviceKind.MICROPHONE, media::openMicrophone);
        if (cameraOn) {
            media.worker.submit(DeviceKind.CAMERA, media::openCamera);
        }
        return media;
    }

    @Override
    public void setMicrophoneEnabled(boolean on) {
        worker.submit(DeviceKind.MICROPHONE, () -> {
            microphoneOn = on;
            if (microphoneFeed != null) {
                microphoneFeed.setOn(on);
            }
        });
    }

    @Override
    public void setCameraEnabled(boolean on) {
        worker.submit(DeviceKind.CAMERA, on ? this::openCamera : this::closeCamera);
    }

    @Override
    public List<DeviceStatus> statuses() {
        return worker.statuses();
    }

    private void openSpeakers() {
        Optional<MediaDevice> device = pick(DeviceKind.SPEAKERS, selection.speakerId());
        if (device.isPresent()) {
            AudioOutput speakers = engine.openSpeakers(device.get());
            try {
                receiver.playThrough(speakers); // from now on the receiver closes them
            } catch (RuntimeException e) {
                speakers.close();
                throw e;
            }
            worker.report(speakers.status());
        }
    }

    private void openMicrophone() {
        Optional<MediaDevice> device = pick(DeviceKind.MICROPHONE, selection.microphoneId());
        if (device.isEmpty()) {
            return;
        }
        AudioInput microphone = keep(engine.openMicrophone(device.get()));
        AudioProcessor processor = keep(engine.audioProcessor());
        AudioSendStream audio = keep(engine.audioSend(StreamKind.AUDIO.context(), processor,
                out.packetsOn(StreamKind.AUDIO)));
        FeedSwitch<PcmFrame> echoReference = new FeedSwitch<>(processor::analyzePlayout, true);
        opened.add(echoReference::close);
        receiver.addMixTap(echoReference);
        microphoneFeed = new FeedSwitch<>(frame -> {
            audio.accept(frame);
            taps.microphone(frame);
        }, microphoneOn);
        opened.add(microphoneFeed::close);
        microphone.start(microphoneFeed);
        worker.report(microphone.status());
    }

    private void openCamera() {
        if (camera != null) {
            return;
        }
        Optional<MediaDevice> device = pick(DeviceKind.CAMERA, selection.cameraId());
        if (device.isEmpty()) {
            return;
        }
        if (video == null) {
            video = keep(engine.cameraSend(StreamKind.VIDEO.context(), out.packetsOn(StreamKind.VIDEO)));
            keyframes.route(StreamKind.VIDEO.context(), video);
        }
        VideoSendStream stream = video;
        ArgbConverter converter = new ArgbConverter(VideoFrame.Source.CAMERA);
        long[] count = {0};
        cameraFeed = new FeedSwitch<>(picture -> {
            stream.accept(picture);
            taps.camera(picture);
            selfView.accept(converter.convert(picture, count[0]++));
        }, true);
        camera = engine.openCamera(device.get(), CAMERA_WIDTH, CAMERA_HEIGHT, CAMERA_FRAME_RATE);
        try {
            camera.start(cameraFeed);
        } catch (RuntimeException e) {
            closeCamera();
            throw e;
        }
        worker.report(camera.status());
    }

    /** Releases the camera (its light goes off); the encoder stays, so turning it on again is quick. */
    private void closeCamera() {
        if (camera != null) {
            cameraFeed.close();
            camera.close();
            camera = null;
            worker.report(new DeviceStatus(DeviceKind.CAMERA, DeviceStatus.Availability.AVAILABLE, "camera off"));
        }
    }

    private Optional<MediaDevice> pick(DeviceKind kind, Optional<String> id) {
        Optional<MediaDevice> device = devices.pickOrFirst(kind, id);
        if (device.isEmpty()) {
            worker.report(devices.whyMissing(kind));
        }
        return device;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() {
        worker.close(DeviceKind.CAMERA, () -> {
            closeCamera();
            if (video != null) {
                keyframes.unroute(StreamKind.VIDEO.context(), video);
            }
            for (int i = opened.size() - 1; i >= 0; i--) {
                try {
                    opened.get(i).close();
                } catch (Exception e) {
                    LOG.debug("closing a media device: {}", e.toString());
                }
            }
            opened.clear();
        });
    }
}
