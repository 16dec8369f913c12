package org.sealroom.client.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app writes its logs, by each platform's convention: {@code $XDG_STATE_HOME/sealroom/logs} (default
 * {@code ~/.local/state/sealroom/logs}) on Linux, {@code %LOCALAPPDATA%\Sealroom\logs} on Windows (logs are
 * machine-local, they do not roam), {@code ~/Library/Logs/Sealroom} on macOS. The system property
 * {@value #OVERRIDE_PROPERTY} replaces it (tests, portable installs).
 */
public final class LogDirectory {

    public static final String OVERRIDE_PROPERTY = "sealroom.log.dir";

    private LogDirectory() {}

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
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank()
                    ? home.resolve("AppData").resolve("Local") : Path.of(localAppData);
            return base.resolve("Sealroom").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Sealroom");
        }
        return ConfigDirectory.xdgBase(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                .resolve("sealroom").resolve("logs");
    }
}
