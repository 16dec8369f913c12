package org.sealroom.client.recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's videos folder, where recordings go by default: on Linux the XDG user directory {@code VIDEOS} (from
 * {@code $XDG_CONFIG_HOME/user-dirs.dirs}, what {@code xdg-user-dir VIDEOS} reads), else {@code ~/Videos}; on macOS
 * {@code ~/Movies}; on Windows {@code ~/Videos}.
 */
final class VideosFolder {

    private VideosFolder() {
    }

    static Path forUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Movies");
        }
        if (os.startsWith("windows")) {
            return home.resolve("Videos");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".config") : Path.of(xdg);
        return xdgVideos(config.resolve("user-dirs.dirs"), home).orElse(home.resolve("Videos"));
    }

    /** The {@code XDG_VIDEOS_DIR="$HOME/..."} line of a user-dirs.dirs file, if it names a folder other than home. */
    private static Optional<Path> xdgVideos(Path userDirs, Path home) {
        try {
            for (String line : Files.readAllLines(userDirs, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("XDG_VIDEOS_DIR=")) {
                    String value = t.substring("XDG_VIDEOS_DIR=".length()).replace("\"", "");
                    Path dir = value.startsWith("$HOME") ? Path.of(home + value.substring("$HOME".length()))
                            : Path.of(value);
                    // The spec: a directory equal to home means "disabled"; a relative one is invalid.
                    return dir.isAbsolute() && !dir.normalize().equals(home.normalize()) ? Optional.of(dir)
                            : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no such file, or unreadable: use the default
        }
        return Optional.empty();
    }
}
