package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.settings.LocalDirectory.CACHE;
import static org.sealroom.client.settings.LocalDirectory.LOGS;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDirectoryTest {

    @Test
    void linuxFollowsXdgStateAndCacheHome() {
        Map<String, String> env = Map.of("XDG_STATE_HOME", "/data/state", "XDG_CACHE_HOME", "/data/cache");
        assertThat(LOGS.resolve("Linux", env, "/home/anna")).isEqualTo(Path.of("/data/state/sealroom/logs"));
        assertThat(CACHE.resolve("Linux", env, "/home/anna")).isEqualTo(Path.of("/data/cache/sealroom"));
        assertThat(LOGS.resolve("Linux", Map.of(), "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/state/sealroom/logs"));
        assertThat(CACHE.resolve("Linux", Map.of(), "/home/anna")).isEqualTo(Path.of("/home/anna/.cache/sealroom"));
        assertThat(LOGS.resolve("Linux", Map.of("XDG_STATE_HOME", "state"), "/home/anna"))
                .as("relative XDG values are ignored").isEqualTo(Path.of("/home/anna/.local/state/sealroom/logs"));
    }

    @Test
    void windowsKeepsThemInLocalAppDataSoTheyDoNotRoam() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "D:/Local", "APPDATA", "D:/Roaming");
        assertThat(LOGS.resolve("Windows 11", env, "C:/Users/anna")).isEqualTo(Path.of("D:/Local/Sealroom/logs"));
        assertThat(CACHE.resolve("Windows 11", env, "C:/Users/anna")).isEqualTo(Path.of("D:/Local/Sealroom/cache"));
        assertThat(LOGS.resolve("Windows 11", Map.of(), "C:/Users/anna"))
                .isEqualTo(Path.of("C:/Users/anna/AppData/Local/Sealroom/logs"));
    }

    @Test
    void macUsesLibraryLogsAndCaches() {
        assertThat(LOGS.resolve("Mac OS X", Map.of("XDG_STATE_HOME", "/x"), "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Logs/Sealroom"));
        assertThat(CACHE.resolve("Mac OS X", Map.of(), "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Caches/Sealroom"));
    }

    @Test
    void aSystemPropertyOverridesEverything() {
        String saved = System.getProperty(LOGS.overrideProperty());
        try {
            System.setProperty(LOGS.overrideProperty(), "/tmp/sealroom-test-logs");
            assertThat(LOGS.forUser()).isEqualTo(Path.of("/tmp/sealroom-test-logs"));
        } finally {
            if (saved == null) {
                System.clearProperty(LOGS.overrideProperty());
            } else {
                System.setProperty(LOGS.overrideProperty(), saved);
            }
        }
    }
}
