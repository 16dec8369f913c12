package org.sealroom.media.device;

import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.video.desktop.DesktopCapturer;
import dev.onvoid.webrtc.media.video.desktop.DesktopSource;
import dev.onvoid.webrtc.media.video.desktop.ScreenCapturer;
import dev.onvoid.webrtc.media.video.desktop.WindowCapturer;

/**
 * Lists cameras, microphones, speakers, screens and windows, and for every kind says whether it can be used. Each
 * native call is guarded: a machine without a camera, sound system or display gets a clear status, never a dead or
 * hung JVM. Setting {@value #FORCE_ROBOT_PROPERTY}=true skips native screen capture (for Wayland setups where it shows
 * black).
 */
public final class DeviceEnumerator {
    public static final String FORCE_ROBOT_PROPERTY = "sealroom.media.screen.robot";

    private final AudioSystemProbe audioProbe;
    private final DisplayProbe displayProbe;

    public DeviceEnumerator() {
        this(new AudioSystemProbe(), new DisplayProbe());
    }

    public DeviceEnumerator(AudioSystemProbe audioProbe, DisplayProbe displayProbe) {
        this.audioProbe = audioProbe;
        this.displayProbe = displayProbe;
    }

    public DeviceInventory enumerate() {
        List<MediaDevice> devices = new ArrayList<>();
        Map<DeviceKind, DeviceStatus> statuses = new EnumMap<>(DeviceKind.class);
        String nativeFailure = NativeMedia.failure();
        cameras(nativeFailure, devices, statuses);
        audio(nativeFailure, devices, statuses);
        screens(nativeFailure, devices, statuses);
        return new DeviceInventory(devices, statuses);
    }

    private void cameras(String nativeFailure, List<MediaDevice> devices, Map<DeviceKind, DeviceStatus> statuses) {
        if (nativeFailure != null) {
            statuses.put(DeviceKind.CAMERA, DeviceStatus.noneFound(DeviceKind.CAMERA, nativeFailure));
            return;
        }
        addNative(DeviceKind.CAMERA, "listing cameras", () -> List.copyOf(MediaDevices.getVideoCaptureDevices()),
                devices, statuses);
    }

    private void audio(String nativeFailure, List<MediaDevice> devices, Map<DeviceKind, DeviceStatus> statuses) {
        Optional<String> noAudio = nativeFailure != null ? Optional.of(nativeFailure) : audioProbe.whyNoAudio();
        if (noAudio.isPresent()) {
            statuses.put(DeviceKind.MICROPHONE, DeviceStatus.noneFound(DeviceKind.MICROPHONE, noAudio.get()));
            statuses.put(DeviceKind.SPEAKERS, DeviceStatus.noneFound(DeviceKind.SPEAKERS, noAudio.get()));
            return;
        }
        addNative(DeviceKind.MICROPHONE, "listing microphones",
                () -> List.copyOf(MediaDevices.getAudioCaptureDevices()), devices, statuses);
        addNative(DeviceKind.SPEAKERS, "listing speakers", () -> List.copyOf(MediaDevices.getAudioRenderDevices()),
                devices, statuses);
    }

    private void addNative(DeviceKind kind, String what, java.util.concurrent.Callable<List<? extends Device>> list,
                           List<MediaDevice> devices, Map<DeviceKind, DeviceStatus> statuses) {
        try {
            List<? extends Device> found = GuardedCall.call(what, list);
            found.forEach(d -> devices.add(new MediaDevice(kind, d.getDescriptor(), d.getName())));
            statuses.put(kind, found.isEmpty() ? DeviceStatus.noneFound(kind, null)
                    : DeviceStatus.available(kind, found.size()));
        } catch (NativeCallException e) {
            statuses.put(kind, DeviceStatus.noneFound(kind, e.getMessage()));
        }
    }

    private void screens(String nativeFailure, List<MediaDevice> devices, Map<DeviceKind, DeviceStatus> statuses) {
        Optional<String> noDisplay = displayProbe.whyNoDisplay();
        if (noDisplay.isPresent()) {
            statuses.put(DeviceKind.SCREEN, DeviceStatus.noneFound(DeviceKind.SCREEN, noDisplay.get()));
            statuses.put(DeviceKind.WINDOW, DeviceStatus.noneFound(DeviceKind.WINDOW, noDisplay.get()));
            return;
        }
        String whyNotNative = nativeFailure;
        if (whyNotNative == null && Boolean.getBoolean(FORCE_ROBOT_PROPERTY)) {
            whyNotNative = "disabled by -D" + FORCE_ROBOT_PROPERTY;
        }
        if (whyNotNative == null) {
            try {
                List<DesktopSource> screens = desktopSources("listing screens", ScreenCapturer::new);
                List<DesktopSource> windows = desktopSources("listing windows", WindowCapturer::new);
                addDesktop(DeviceKind.SCREEN, screens, devices, statuses);
                addDesktop(DeviceKind.WINDOW, windows, devices, statuses);
                if (!screens.isEmpty()) {
                    return;
                }
                whyNotNative = "native capture found no screen";
            } catch (NativeCallException e) {
                whyNotNative = e.getMessage();
            }
        }
        robotScreens(whyNotNative, devices, statuses);
    }

    private static List<DesktopSource> desktopSources(String what, Supplier<DesktopCapturer> capturers) {
        return GuardedCall.call(what, () -> {
            DesktopCapturer capturer = capturers.get();
            try {
                return List.copyOf(capturer.getDesktopSources());
            } finally {
                capturer.dispose();
            }
        });
    }

    private static void addDesktop(DeviceKind kind, List<DesktopSource> sources, List<MediaDevice> devices,
                                   Map<DeviceKind, DeviceStatus> statuses) {
        int n = 0;
        for (DesktopSource s : sources) {
            String name = s.title == null || s.title.isBlank() ? kind.label() + " " + (++n) : s.title;
            devices.add(new MediaDevice(kind, ScreenSource.NATIVE_PREFIX + s.id, name));
        }
        statuses.put(kind, sources.isEmpty() ? DeviceStatus.noneFound(kind, null)
                : DeviceStatus.available(kind, sources.size()));
    }

    private static void robotScreens(String whyNotNative, List<MediaDevice> devices,
                                     Map<DeviceKind, DeviceStatus> statuses) {
        statuses.put(DeviceKind.WINDOW, DeviceStatus.noneFound(DeviceKind.WINDOW,
                "window capture needs native capture: " + whyNotNative));
        if (GraphicsEnvironment.isHeadless()) {
            statuses.put(DeviceKind.SCREEN, DeviceStatus.noneFound(DeviceKind.SCREEN,
                    "native capture unavailable (" + whyNotNative + ") and Java runs headless"));
            return;
        }
        GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        for (int i = 0; i < screens.length; i++) {
            devices.add(new MediaDevice(DeviceKind.SCREEN, ScreenSource.AWT_PREFIX + i, "screen " + (i + 1)));
        }
        statuses.put(DeviceKind.SCREEN, DeviceStatus.fallback(DeviceKind.SCREEN,
                "native screen capture unavailable (" + whyNotNative + "); using java.awt.Robot"));
    }
}
