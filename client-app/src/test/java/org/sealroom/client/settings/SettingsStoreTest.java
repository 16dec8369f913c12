package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir Path dir;

    @Test
    void missingFileGivesDefaults() {
        assertThat(new SettingsStore(dir.resolve("nowhere")).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void roundTripsEverything() {
        SettingsStore store = new SettingsStore(dir.resolve("sealroom"));
        Settings settings = Settings.DEFAULTS
                .withDisplayName("Anna Bauer")
                .withTheme(Theme.DARK)
                .withLanguage("de")
                .withRelays(List.of(new RelayEntry("relay.example.org:7443", "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"),
                        new RelayEntry("backup.example.org:7443", "")), "relay.example.org:7443")
                .withDevices(new DeviceChoices("mic-2", "", "cam-1"))
                .withJoinMedia(false, true)
                .withDownloadFolder(java.nio.file.Path.of("/home/anna/Meeting files"))
                .withRecentMeeting(new RecentMeeting("Standup", "482193057", "relay.example.org:7443",
                        Instant.parse("2025-03-01T10:00:00Z"), true));

        store.save(settings);

        assertThat(new SettingsStore(dir.resolve("sealroom")).load()).isEqualTo(settings);
        assertThat(store.file()).content().contains("\"displayName\" : \"Anna Bauer\"").contains("2025-03-01T10:00:00Z");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.DEFAULTS.withDisplayName("A"));
        store.save(Settings.DEFAULTS.withDisplayName("B"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("settings.json"));
        }
        assertThat(store.load().displayName()).isEqualTo("B");
    }

    @Test
    void movesAnUnreadableFileAsideAndUsesDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{ this is not json");
        SettingsStore store = new SettingsStore(dir);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(dir.resolve("settings.json.unreadable")).hasContent("{ this is not json");
        assertThat(dir.resolve("settings.json")).doesNotExist();
    }

    @Test
    void toleratesUnknownAndMissingFields() throws IOException {
        Files.writeString(dir.resolve("settings.json"),
                "{\"displayName\":\"Anna\",\"fromTheFuture\":42,\"language\":\"xx\",\"relays\":null}");
        Settings settings = new SettingsStore(dir).load();
        assertThat(settings.displayName()).isEqualTo("Anna");
        assertThat(settings.language()).isEmpty();
        assertThat(settings.relays()).isEmpty();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void updateSeesTheLatestSavedState() {
        SettingsStore store = new SettingsStore(dir);
        store.update(s -> s.withDisplayName("Anna"));
        store.update(s -> s.withTheme(Theme.DARK));
        assertThat(store.load().displayName()).isEqualTo("Anna");
        assertThat(store.current().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void failsWithAMessageWhenTheDirectoryCannotBeMade() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        SettingsStore store = new SettingsStore(blocker.resolve("sub"));
        assertThatThrownBy(() -> store.save(Settings.DEFAULTS))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Could not save settings");
    }
}
