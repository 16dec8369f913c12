package org.sealroom.client.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sealroom.client.session.ScreenSharing;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.ShareSource;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.device.DeviceKind;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.DeviceUnavailableException;
import org.sealroom.media.device.MediaDevice;
import org.sealroom.media.device.VideoSource;
import org.sealroom.media.stream.VideoSendStream;

/**
 * Shares a screen or window as this participant's {@link StreamKind#SCREEN} stream: captured at
 * {@value #FRAME_RATE} frames a second, encoded for text by the media engine's screen-share profile, protected and
 * sent like all media; receivers' keyframe requests reach its encoder. Starting and stopping happen on a thread of
 * its own; a source that cannot be captured leaves a clear {@link #status()}. Synthetic sessions share the stamped
 * test pattern instead of a screen.
 */
public final class ScreenShare implements ScreenSharing, AutoCloseable {

    static final int FRAME_RATE = 5;
    static final String SYNTHETIC_SOURCE = "synthetic:test-pattern";

    /** What can be shared, and how to capture it. */
    private interface Catalog {
        List<ShareSource> sources() throws SessionException;

        VideoSource open(String sourceId);
    }

    private final Catalog catalog;
    private final MediaOut out;
    private final KeyframeRequestRouter keyframes;
    private final LocalMediaTaps taps;
    private final DeviceWorker worker = new DeviceWorker("sealroom-screen-share");
    // Share thread only.
    private VideoSource source;
    private VideoSendStream stream;
    private FeedSwitch<I420Frame> feed;
    private volatile boolean sharing;

    private ScreenShare(Catalog catalog, MediaOut out, KeyframeRequestRouter keyframes, LocalMediaTaps taps) {
        this.taps = taps;
        this.catalog = catalog;
        this.out = out;
        this.keyframes = keyframes;
    }

    /** The machine's screens and windows, as the media engine lists them. */
    static ScreenShare ofDevices(DeviceAccess devices, MediaOut out, KeyframeRequestRouter keyframes,
            LocalMediaTaps taps) {
        return new ScreenShare(new Catalog() {
            @Override
            public List<ShareSource> sources() throws SessionException {
                List<ShareSource> found = new ArrayList<>();
                devices.devices(DeviceKind.SCREEN).forEach(d -> found.add(source(d, ShareSource.Kind.SCREEN)));
                devices.devices(DeviceKind.WINDOW).forEach(d -> found.add(source(d, ShareSource.Kind.WINDOW)));
                if (found.isEmpty()) {
                    throw new SessionException(devices.whyMissing(DeviceKind.SCREEN).message());
                }
                return found;
            }

            @Override
            public VideoSource open(String sourceId) {
                MediaDevice target = devices.pick(DeviceKind.SCREEN, Optional.of(sourceId))
                        .or(() -> devices.pick(DeviceKind.WINDOW, Optional.of(sourceId)))
                        .orElseThrow(() -> new DeviceUnavailableException(
                                DeviceStatus.noneFound(DeviceKind.SCREEN, "'" + sourceId + "' is gone")));
                return devices.engine().openScreen(target, FRAME_RATE);
            }
        }, out, keyframes, taps);
    }

    /** Headless test media: the stamped test pattern at 1280x720 stands in for a screen. */
    static ScreenShare synthetic(MediaEngine engine, MediaOut out, KeyframeRequestRouter keyframes,
            LocalMediaTaps taps) {
        return new ScreenShare(new Catalog() {
            @Override
            public List<ShareSource> sources() {
                return List.of(new ShareSource(SYNTHETIC_SOURCE, "Test pattern", ShareSource.Kind.SCREEN,
                        Optional.empty()));
            }

            @Override
            public VideoSource open(String sourceId) {
                if (!SYNTHETIC_SOURCE.equals(sourceId)) {
                    throw new DeviceUnavailableException(
                            DeviceStatus.noneFound(DeviceKind.SCREEN, "'" + sourceId + "' is not shareable here"));
                }
                return engine.syntheticCamera(1280, 720, FRAME_RATE);
            }
        }, out, keyframes, taps);
    }

    /** A session that sends no media shares nothing, and says {@code why}. */
    static ScreenShare unavailable(String why, KeyframeRequestRouter keyframes) {
        return new ScreenShare(new Catalog() {
            @Override
            public List<ShareSource> sources() throws SessionException {
                throw new SessionException(why);
            }

            @Override
            public VideoSource open(String sourceId) {
                throw new DeviceUnavailableException(
                        DeviceStatus.unavailable(DeviceKind.SCREEN, why));
            }
        }, (stream, sequence, payload) -> false, keyframes, new LocalMediaTaps());
    }

    private static ShareSource source(MediaDevice device, ShareSource.Kind kind) {
        return new ShareSource(device.id(), device.name(), kind, Optional.empty());
    }

    @Override
    public List<ShareSource> shareSources() throws SessionException {
        return catalog.sources();
    }

    @Override
    public void startScreenShare(String sourceId) {
        worker.submit(DeviceKind.SCREEN, () -> {
            stopNow();
            VideoSource opened = catalog.open(sourceId);
            if (stream == null) {
                stream = VideoSendStream.screenShare(StreamKind.SCREEN.context(), out.packetsOn(StreamKind.SCREEN));
                keyframes.route(StreamKind.SCREEN.context(), stream);
            }
            // Each share starts with a keyframe: receivers have not seen this picture before.
            stream.requestKeyframe();
            VideoSendStream sending = stream;
            feed = new FeedSwitch<>(picture -> {
                sending.accept(picture);
                taps.screen(picture);
            }, true);
            source = opened;
            opened.start(feed);
            sharing = true;
            worker.report(opened.status());
        });
    }

    @Override
    public void stopScreenShare() {
        worker.submit(DeviceKind.SCREEN, this::stopNow);
    }

    /** Whether a share is running. */
    public boolean sharing() {
        return sharing;
    }

    /** How the last start went: what is captured and how, or why it could not be. */
    public Optional<DeviceStatus> status() {
        return worker.statuses().stream().findFirst();
    }

    private void stopNow() {
        sharing = false;
        if (source != null) {
            feed.close();
            source.close();
            source = null;
        }
    }

    @Override
    public void close() {
        worker.close(DeviceKind.SCREEN, () -> {
            stopNow();
            if (stream != null) {
                keyframes.unroute(StreamKind.SCREEN.context(), stream);
                stream.close();
            }
        });
    }
}
