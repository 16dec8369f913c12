package org.sealroom.media.device;

import java.util.function.Consumer;

import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.video.VideoCapture;
import dev.onvoid.webrtc.media.video.VideoCaptureCapability;
import dev.onvoid.webrtc.media.video.VideoDevice;
import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.I420Frame;

/** Captures a camera through webrtc-java's {@code VideoCapture}; every native step is guarded. */
public final class CameraSource implements VideoSource {
    private final MediaDevice camera;
    private final VideoCaptureCapability capability;
    private final MediaClock clock;
    private VideoCapture capture;
    private boolean closed;

    private CameraSource(MediaDevice camera, VideoCaptureCapability capability, MediaClock clock) {
        this.camera = camera;
        this.capability = capability;
        this.clock = clock;
    }

    /** Opens {@code camera} (from the inventory) asking for {@code width x height} at {@code frameRate}. */
    public static CameraSource open(MediaDevice camera, int width, int height, int frameRate, MediaClock clock) {
        if (camera.kind() != DeviceKind.CAMERA) {
            throw new IllegalArgumentException("not a camera: " + camera);
        }
        NativeMedia.require(DeviceKind.CAMERA);
        return new CameraSource(camera, new VideoCaptureCapability(width, height, frameRate), clock);
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus(DeviceKind.CAMERA, DeviceStatus.Availability.AVAILABLE, "capturing " + camera.name());
    }

    @Override
    public synchronized void start(Consumer<I420Frame> frames) {
        if (closed || capture != null) {
            throw new IllegalStateException("camera already started or closed");
        }
        capture = GuardedCall.call("starting camera " + camera.name(), () -> {
            VideoDevice device = MediaDevices.getVideoCaptureDevices().stream()
                    .filter(d -> d.getDescriptor().equals(camera.id())).findFirst()
                    .orElseThrow(() -> new DeviceUnavailableException(
                            DeviceStatus.noneFound(DeviceKind.CAMERA, camera.name() + " was unplugged")));
            VideoCapture c = new VideoCapture();
            c.setVideoCaptureDevice(device);
            c.setVideoCaptureCapability(capability);
            c.setVideoSink(frame -> frames.accept(WebrtcFrames.copy(frame, clock.nowMicros())));
            c.start();
            return c;
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (capture != null) {
            VideoCapture c = capture;
            GuardedCall.call("stopping camera", () -> {
                c.stop();
                c.dispose();
                return null;
            });
        }
    }
}
