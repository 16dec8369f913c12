package org.sealroom.media.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells, without touching native code, whether this machine has a sound system webrtc-java can talk to. On Linux that
 * is a PulseAudio (or PipeWire-Pulse) server socket or an ALSA card; without one, webrtc-java's audio enumeration hangs,
 * so it must not be called. Other systems always have their native audio service.
 */
public final class AudioSystemProbe {
    private final String osName;
    private final Map<String, String> env;
    private final Path root;

    /** Probes this machine. */
    public AudioSystemProbe() {
        this(System.getProperty("os.name"), System.getenv(), Path.of("/"));
    }

    /** Probes a machine described by {@code osName}, its environment, and a file-system {@code root}. */
    public AudioSystemProbe(String osName, Map<String, String> env, Path root) {
        this.osName = osName;
        this.env = Map.copyOf(env);
        this.root = root;
    }

    /** Empty if a sound system is there, else why not, in words for the app. */
    public Optional<String> whyNoAudio() {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        for (Path socket : pulseSockets()) {
            if (Files.exists(socket)) {
                return Optional.empty();
            }
        }
        if (env.containsKey("PULSE_SERVER") || hasAlsaCard()) {
            return Optional.empty();
        }
        return Optional.of("no PulseAudio/PipeWire server and no ALSA sound card");
    }

    private List<Path> pulseSockets() {
        List<Path> sockets = new ArrayList<>();
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            sockets.add(Path.of(runtime, "pulse", "native"));
        }
        uid().ifPresent(uid -> sockets.add(root.resolve("run/user/" + uid + "/pulse/native")));
        sockets.add(root.resolve("run/pulse/native"));
        sockets.add(root.resolve("var/run/pulse/native"));
        return sockets;
    }

    private Optional<String> uid() {
        try {
            for (String line : Files.readAllLines(root.resolve("proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Optional.of(line.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean hasAlsaCard() {
        Path cards = root.resolve("proc/asound/cards");
        try {
            return Files.exists(cards) && Files.readString(cards).matches("(?s)\\s*\\d+\\s*\\[.*");
        } catch (IOException e) {
            return false;
        }
    }
}
