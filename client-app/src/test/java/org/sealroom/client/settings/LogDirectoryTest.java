package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogDirectoryTest {

    @Test
    void linuxFollowsXdgStateHome() {
        assertThat(LogDirectory.resolve("Linux", Map.of("XDG_STATE_HOME", "/data/state"), "/home/anna"))
                .isEqualTo(Path.of("/data/state/sealroom/logs"));
        assertThat(LogDirectory.resolve("Linux", Map.of(), "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/state/sealroom/logs"));
        assertThat(LogDirectory.resolve("Linux", Map.of("XDG_STATE_HOME", "state"), "/home/anna"))
                .as("relative XDG values are ignored").isEqualTo(Path.of("/home/anna/.local/state/sealroom/logs"));
    }

    @Test
    void windowsKeepsLogsInLocalAppDataSoTheyDoNotRoam() {
        assertThat(LogDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", "D:/Local", "APPDATA", "D:/Roaming"),
                "C:/Users/anna")).isEqualTo(Path.of("D:/Local/Sealroom/logs"));
        assertThat(LogDirectory.resolve("Windows 11", Map.of(), "C:/Users/anna"))
                .isEqualTo(Path.of("C:/Users/anna/AppData/Local/Sealroom/logs"));
    }

    @Test
    void macUsesLibraryLogs() {
        assertThat(LogDirectory.resolve("Mac OS X", Map.of("XDG_STATE_HOME", "/x"), "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Logs/Sealroom"));
    }

    @Test
    void aSystemPropertyOverridesEverything() {
        String saved = System.getProperty(LogDirectory.OVERRIDE_PROPERTY);
        try {
            System.setProperty(LogDirectory.OVERRIDE_PROPERTY, "/tmp/sealroom-test-logs");
            assertThat(LogDirectory.forUser()).isEqualTo(Path.of("/tmp/sealroom-test-logs"));
        } finally {
            if (saved == null) {
                System.clearProperty(LogDirectory.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(LogDirectory.OVERRIDE_PROPERTY, saved);
            }
        }
    }
}
