package org.sealroom.client.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.settings.UserFolder;

class RecordingFilesTest {

    @TempDir
    Path dir;

    @Test
    void defaultNameHasDateAndTitleAndNeverReplacesAFile() throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 11, 29, 14, 5);
        Path first = RecordingFiles.defaultFile(dir, "Team: plans/Q4?", at);
        assertThat(first.getFileName().toString()).isEqualTo("Sealroom 2026-11-29 14-05 Team plans Q4.webm");
        Files.createFile(first);
        assertThat(RecordingFiles.defaultFile(dir, "Team: plans/Q4?", at).getFileName().toString())
                .isEqualTo("Sealroom 2026-11-29 14-05 Team plans Q4 (2).webm");
    }

    @Test
    void aSubtitleFileOfTheSameNameIsNeverOverwritten() throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 11, 29, 14, 5);
        Path taken = dir.resolve("Sealroom 2026-11-29 14-05 Standup.srt");
        Files.writeString(taken, "the user's own subtitles");

        Path chosen = RecordingFiles.defaultFile(dir, "Standup", at);
        assertThat(chosen.getFileName().toString()).isEqualTo("Sealroom 2026-11-29 14-05 Standup (2).webm");
        assertThatThrownBy(() -> ChatSubtitles.create(dir.resolve("Sealroom 2026-11-29 14-05 Standup.webm")))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readString(taken)).isEqualTo("the user's own subtitles");
    }

    @Test
    void videosFolderFollowsXdgUserDirsMacOsAndWindows() throws Exception {
        Path home = dir.resolve("home");
        Path config = Files.createDirectories(home.resolve(".config"));
        assertThat(UserFolder.VIDEOS.resolve("Linux", Map.of(), home)).isEqualTo(home.resolve("Videos"));
        Files.writeString(config.resolve("user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_VIDEOS_DIR=\"$HOME/Filme\"\n");
        assertThat(UserFolder.VIDEOS.resolve("Linux", Map.of(), home)).isEqualTo(home.resolve("Filme"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_VIDEOS_DIR=\"$HOME/\"\n");
        assertThat(UserFolder.VIDEOS.resolve("Linux", Map.of(), home)).isEqualTo(home.resolve("Videos")); // disabled
        assertThat(UserFolder.VIDEOS.resolve("Mac OS X", Map.of(), home)).isEqualTo(home.resolve("Movies"));
        assertThat(UserFolder.VIDEOS.resolve("Windows 11", Map.of(), home)).isEqualTo(home.resolve("Videos"));
    }
}
