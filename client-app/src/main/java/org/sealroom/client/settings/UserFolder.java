package org.sealroom.client.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own folders where Sealroom puts what it makes for them: on Linux the XDG user directories (from
 * {@code $XDG_CONFIG_HOME/user-dirs.dirs}, what {@code xdg-user-dir} reads), else the usual name in the home folder;
 * on macOS and Windows the usual name.
 */
public enum UserFolder {
    /** Where received files go. */
    DOWNLOADS("XDG_DOWNLOAD_DIR", "Downloads", "Downloads"),
    /** Where recordings go. */
    VIDEOS("XDG_VIDEOS_DIR", "Videos", "Movies");

    private final String xdgKey;
    private final String defaultName;
    private final String macName;

    UserFolder(String xdgKey, String defaultName, String macName) {
        this.xdgKey = xdgKey;
        this.defaultName = defaultName;
        this.macName = macName;
    }

    public Path forUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve(macName);
        }
        if (os.startsWith("windows")) {
            return home.resolve(defaultName);
        }
        Path config = ConfigDirectory.xdgBase(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        return fromUserDirs(config.resolve("user-dirs.dirs"), home).orElse(home.resolve(defaultName));
    }

    /** This folder's {@code XDG_…_DIR="$HOME/…"} line, if it names a folder other than home. */
    private Optional<Path> fromUserDirs(Path userDirs, Path home) {
        try {
            for (String line : Files.readAllLines(userDirs, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith(xdgKey + "=")) {
                    String value = t.substring(xdgKey.length() + 1).replace("\"", "");
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
