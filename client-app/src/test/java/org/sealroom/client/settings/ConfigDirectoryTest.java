package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    @Test
    void linuxFollowsXdgConfigHome() {
        assertThat(ConfigDirectory.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/data/config"), "/home/anna"))
                .isEqualTo(Path.of("/data/config/sealroom"));
        assertThat(ConfigDirectory.resolve("Linux", Map.of(), "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.config/sealroom"));
        assertThat(ConfigDirectory.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative/dir"), "/home/anna"))
                .as("relative XDG values are ignored").isEqualTo(Path.of("/home/anna/.config/sealroom"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ConfigDirectory.resolve("Windows 11", Map.of("APPDATA", "C:/Users/anna/AppData/Roaming"), "C:/Users/anna"))
                .isEqualTo(Path.of("C:/Users/anna/AppData/Roaming/Sealroom"));
        assertThat(ConfigDirectory.resolve("Windows 11", Map.of(), "C:/Users/anna"))
                .isEqualTo(Path.of("C:/Users/anna/AppData/Roaming/Sealroom"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ConfigDirectory.resolve("Mac OS X", Map.of(), "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/Sealroom"));
    }

    @Test
    void aSystemPropertyOverridesEverything() {
        String saved = System.getProperty(ConfigDirectory.OVERRIDE_PROPERTY);
        try {
            System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, "/tmp/sealroom-test-config");
            assertThat(ConfigDirectory.forUser()).isEqualTo(Path.of("/tmp/sealroom-test-config"));
        } finally {
            if (saved == null) {
                System.clearProperty(ConfigDirectory.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.OVERRIDE_PROPERTY, saved);
            }
        }
    }
}
