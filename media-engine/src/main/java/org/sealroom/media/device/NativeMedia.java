package org.sealroom.media.device;

import dev.onvoid.webrtc.media.audio.AudioProcessing;

/**
 * Loads webrtc-java's native library once, through the static initialiser of {@link AudioProcessing}, before any
 * capturer is made. We never create webrtc-java's default {@code PeerConnectionFactory}: it aborts the JVM on a machine
 * without an audio device. If the library cannot load (missing libpulse0, unsupported platform) every device reports
 * that instead of crashing.
 */
public final class NativeMedia {
    private static volatile String failure;
    private static volatile boolean attempted;

    private NativeMedia() {
    }

    /** Whether the webrtc-java natives are loaded, trying once. */
    public static boolean isAvailable() {
        load();
        return failure == null;
    }

    /** Why the natives could not be loaded, or {@code null}. */
    public static String failure() {
        load();
        return failure;
    }

    /** Throws a {@link DeviceUnavailableException} for {@code kind} if the natives could not be loaded. */
    public static void require(DeviceKind kind) {
        if (!isAvailable()) {
            throw new DeviceUnavailableException(DeviceStatus.unavailable(kind, failure));
        }
    }

    private static synchronized void load() {
        if (attempted) {
            return;
        }
        attempted = true;
        try {
            Class.forName(AudioProcessing.class.getName(), true, NativeMedia.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            failure = "native media library (webrtc-java) could not be loaded: " + root.getMessage();
        }
    }
}
