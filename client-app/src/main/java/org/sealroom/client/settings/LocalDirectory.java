package org.sealroom.client.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Per-user directories that stay on this machine, by each platform's convention (settings, keys and contacts are in
 * {@link ConfigDirectory}):
 * <ul>
 * <li>{@link #LOGS}: {@code $XDG_STATE_HOME/sealroom/logs} (default {@code ~/.local/state}) on Linux,
 * {@code %LOCALAPPDATA%\Sealroom\logs} on Windows, {@code ~/Library/Logs/Sealroom} on macOS;
 * <li>{@link #CACHE} (native libraries unpacked from the jars): {@code $XDG_CACHE_HOME/sealroom} (default
 * {@code ~/.cache}), {@code %LOCALAPPDATA%\Sealroom\cache}, {@code ~/Library/Caches/Sealroom}.
 * </ul>
 * Each has a system property that replaces it (tests, portable installs).
 */
public enum LocalDirectory {
    LOGS("sealroom.log.dir", "XDG_STATE_HOME", Path.of(".local", "state"), "logs", Path.of("Library", "Logs")),
    CACHE("sealroom.cache.dir", "XDG_CACHE_HOME", Path.of(".cache"), null, Path.of("Library", "Caches"));

    private final String overrideProperty;
    private final String xdgVariable;
    private final Path xdgDefault;
    private final String subdirectory;
    private final Path macBase;

    LocalDirectory(String overrideProperty, String xdgVariable, Path xdgDefault, String subdirectory, Path macBase) {
        this.overrideProperty = overrideProperty;
        this.xdgVariable = xdgVariable;
        this.xdgDefault = xdgDefault;
        this.subdirectory = subdirectory;
        this.macBase = macBase;
    }

    public String overrideProperty() {
        return overrideProperty;
    }

    /** The directory for this user and this machine. */
    public Path forUser() {
        String override = System.getProperty(overrideProperty);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    Path resolve(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            // Local, not roaming (%APPDATA%): logs and caches belong to this machine.
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank()
                    ? home.resolve("AppData").resolve("Local") : Path.of(localAppData);
            return base.resolve("Sealroom").resolve(this == CACHE ? "cache" : subdirectory);
        }
        if (os.startsWith("mac")) {
            return home.resolve(macBase).resolve("Sealroom");
        }
        Path app = ConfigDirectory.xdgBase(env, xdgVariable, home.resolve(xdgDefault)).resolve("sealroom");
        return subdirectory == null ? app : app.resolve(subdirectory);
    }
}
