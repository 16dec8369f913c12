package org.sealroom.media.device;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.onvoid.webrtc.media.video.desktop.DesktopCapturer;
import dev.onvoid.webrtc.media.video.desktop.DesktopSource;
import dev.onvoid.webrtc.media.video.desktop.ScreenCapturer;
import dev.onvoid.webrtc.media.video.desktop.WindowCapturer;
import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.I420Frame;

/**
 * Captures a screen or a window at a fixed frame rate: with webrtc-java's desktop capturer where it works, else (for a
 * screen) with {@link java.awt.Robot}, and says which in {@link #status()}. Targets come from
 * {@link DeviceEnumerator}: ids {@code native:N} for the native capturer, {@code awt:N} for the Robot.
 */
public final class ScreenSource implements VideoSource {
    static final String NATIVE_PREFIX = "native:";
    static final String AWT_PREFIX = "awt:";

    private final MediaDevice target;
    private final long periodMicros;
    private final MediaClock clock;
    private final DeviceStatus status;
    private final DesktopCapturer capturer;
    private final Robot robot;
    private final Rectangle bounds;
    private FrameTimer timer;
    private boolean closed;

    private ScreenSource(MediaDevice target, int frameRate, MediaClock clock, DeviceStatus status,
                         DesktopCapturer capturer, Robot robot, Rectangle bounds) {
        this.target = target;
        this.periodMicros = 1_000_000L / frameRate;
        this.clock = clock;
        this.status = status;
        this.capturer = capturer;
        this.robot = robot;
        this.bounds = bounds;
    }

    /** Opens {@code target} (a SCREEN or WINDOW from the inventory) or throws {@link DeviceUnavailableException}. */
    public static ScreenSource open(MediaDevice target, int frameRate, MediaClock clock) {
        Objects.requireNonNull(target, "target");
        if (target.kind() != DeviceKind.SCREEN && target.kind() != DeviceKind.WINDOW) {
            throw new IllegalArgumentException("not a screen or window: " + target);
        }
        if (frameRate < 1 || frameRate > 60) {
            throw new IllegalArgumentException("frame rate must be 1..60, was " + frameRate);
        }
        new DisplayProbe().whyNoDisplay().ifPresent(why -> {
            throw new DeviceUnavailableException(DeviceStatus.unavailable(target.kind(), why));
        });
        if (target.id().startsWith(AWT_PREFIX)) {
            return openRobot(target, frameRate, clock);
        }
        if (!target.id().startsWith(NATIVE_PREFIX)) {
            throw new IllegalArgumentException("unknown capture target id '" + target.id() + "'");
        }
        NativeMedia.require(target.kind());
        long sourceId = Long.parseLong(target.id().substring(NATIVE_PREFIX.length()));
        DesktopCapturer capturer = GuardedCall.call("opening " + target.kind().label() + " capture", () -> {
            DesktopCapturer c = target.kind() == DeviceKind.SCREEN ? new ScreenCapturer() : new WindowCapturer();
            List<DesktopSource> sources = c.getDesktopSources();
            DesktopSource source = sources.stream().filter(s -> s.id == sourceId).findFirst().orElse(null);
            if (source == null) {
                c.dispose();
                throw new DeviceUnavailableException(DeviceStatus.noneFound(target.kind(), "'" + target.name()
                        + "' is gone"));
            }
            c.selectSource(source);
            return c;
        });
        return new ScreenSource(target, frameRate, clock,
                new DeviceStatus(target.kind(), DeviceStatus.Availability.AVAILABLE,
                        "capturing " + target.name() + " with native capture"), capturer, null, null);
    }

    private static ScreenSource openRobot(MediaDevice target, int frameRate, MediaClock clock) {
        if (target.kind() != DeviceKind.SCREEN || GraphicsEnvironment.isHeadless()) {
            throw new DeviceUnavailableException(DeviceStatus.unavailable(target.kind(),
                    "java.awt.Robot can capture only whole screens of a non-headless display"));
        }
        GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        int index = Integer.parseInt(target.id().substring(AWT_PREFIX.length()));
        if (index < 0 || index >= screens.length) {
            throw new DeviceUnavailableException(DeviceStatus.noneFound(DeviceKind.SCREEN, "screen " + index
                    + " is gone"));
        }
        try {
            Robot robot = new Robot(screens[index]);
            return new ScreenSource(target, frameRate, clock, DeviceStatus.fallback(DeviceKind.SCREEN,
                    "native screen capture unavailable; capturing " + target.name() + " with java.awt.Robot"),
                    null, robot, screens[index].getDefaultConfiguration().getBounds());
        } catch (AWTException | SecurityException e) {
            throw new DeviceUnavailableException(DeviceStatus.unavailable(DeviceKind.SCREEN,
                    "java.awt.Robot cannot capture: " + e.getMessage()), e);
        }
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    public MediaDevice target() {
        return target;
    }

    @Override
    public synchronized void start(Consumer<I420Frame> frames) {
        if (closed || timer != null) {
            throw new IllegalStateException("screen capture already started or closed");
        }
        if (capturer != null) {
            capturer.start((result, frame) -> {
                if (result == DesktopCapturer.Result.SUCCESS && frame != null) {
                    frames.accept(WebrtcFrames.copy(frame, clock.nowMicros()));
                }
            });
            timer = new FrameTimer("sealroom-screen-capture", periodMicros, capturer::captureFrame);
        } else {
            timer = new FrameTimer("sealroom-screen-capture", periodMicros,
                    () -> frames.accept(RgbToI420.convert(robot.createScreenCapture(bounds), clock.nowMicros())));
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timer != null) {
            timer.close();
        }
        if (capturer != null) {
            capturer.dispose();
        }
    }
}
