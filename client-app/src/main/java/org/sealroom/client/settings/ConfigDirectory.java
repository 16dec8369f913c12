package org.sealroom.client.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sealroom keeps per-user files: {@code $XDG_CONFIG_HOME/sealroom} (default {@code ~/.config/sealroom}) on Linux,
 * {@code %APPDATA%\Sealroom} on Windows, {@code ~/Library/Application Support/Sealroom} on macOS. The system property
 * {@value #OVERRIDE_PROPERTY} replaces it (tests, portable installs).
 */
public final class ConfigDirectory {

    public static final String OVERRIDE_PROPERTY = "sealroom.config.dir";

    private ConfigDirectory() {}

    /** The directory for this user and this machine. */
    public static Path forUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Sealroom");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Sealroom");
        }
        return xdgBase(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("sealroom");
    }

    /** An XDG base directory: the variable when set to an absolute path, else the spec's default. */
    static Path xdgBase(Map<String, String> env, String variable, Path fallback) {
        String xdg = env.get(variable);
        // The XDG spec says relative values are invalid and must be ignored.
        return xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? fallback : Path.of(xdg);
    }
}
