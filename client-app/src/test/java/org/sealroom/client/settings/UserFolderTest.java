package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFolderTest {

    @TempDir
    Path dir;

    @Test
    void downloadsFollowXdgUserDirsUnderXdgConfigHomeAndThePlatformsElsewhere() throws Exception {
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
        assertThat(UserFolder.DOWNLOADS.resolve("Linux", env, home)).isEqualTo(home.resolve("Downloads"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_VIDEOS_DIR=\"$HOME/Filme\"\n"
                + "XDG_DOWNLOAD_DIR=\"$HOME/Herunterladen\"\n");
        assertThat(UserFolder.DOWNLOADS.resolve("Linux", env, home)).isEqualTo(home.resolve("Herunterladen"));
        assertThat(UserFolder.VIDEOS.resolve("Linux", env, home)).isEqualTo(home.resolve("Filme"));
        assertThat(UserFolder.DOWNLOADS.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative"), home))
                .as("a relative XDG_CONFIG_HOME is ignored").isEqualTo(home.resolve("Downloads"));
        assertThat(UserFolder.DOWNLOADS.resolve("Mac OS X", env, home)).isEqualTo(home.resolve("Downloads"));
        assertThat(UserFolder.DOWNLOADS.resolve("Windows 11", env, home)).isEqualTo(home.resolve("Downloads"));
    }
}
