package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's downloads folder: on Linux the XDG user directory {@code XDG_DOWNLOAD_DIR} from
 * {@code $XDG_CONFIG_HOME/user-dirs.dirs}, elsewhere (and as the fallback) {@code ~/Downloads}.
 */
public final class DownloadsDirectory {

    private DownloadsDirectory() {
    }

    public static Path forUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            String config = env.get("XDG_CONFIG_HOME");
            Path base = config == null || config.isBlank() || !Path.of(config).isAbsolute() ? home.resolve(".config")
                    : Path.of(config);
            Optional<Path> configured = fromUserDirs(base.resolve("user-dirs.dirs"), home);
            if (configured.isPresent()) {
                return configured.get();
            }
        }
        return home.resolve("Downloads");
    }

    /** Reads {@code XDG_DOWNLOAD_DIR="$HOME/…"} (the only form xdg-user-dirs writes: $HOME-relative or absolute). */
    private static Optional<Path> fromUserDirs(Path file, Path home) {
        try {
            for (String line : Files.readAllLines(file)) {
                String t = line.strip();
                if (t.startsWith("XDG_DOWNLOAD_DIR=\"") && t.endsWith("\"")) {
                    String value = t.substring("XDG_DOWNLOAD_DIR=\"".length(), t.length() - 1);
                    Path dir = value.startsWith("$HOME/") ? home.resolve(value.substring(6)) : Path.of(value);
                    return dir.isAbsolute() && !dir.equals(home) ? Optional.of(dir) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such file, or not readable: use the fallback
        }
        return Optional.empty();
    }
}
