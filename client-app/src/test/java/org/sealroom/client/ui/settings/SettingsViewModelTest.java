package org.sealroom.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.settings.DeviceChoices;
import org.sealroom.client.settings.RelayEntry;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.settings.Theme;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeDeviceService;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.TestFrames;

class SettingsViewModelTest {

    private static final String FINGERPRINT = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

    @TempDir Path dir;
    private SettingsStore store;
    private final FakeDeviceService devices = new FakeDeviceService();
    private final List<String> applied = new ArrayList<>();
    private SettingsViewModel settings;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir);
        store.save(Settings.DEFAULTS.withDisplayName("Anna").withDevices(new DeviceChoices("mic-2", "", "")));
        settings = new SettingsViewModel(store, store.load(), devices, FakeIdentityService.loaded(), UiExecutors.direct(),
                Messages.forLocale(Locale.ENGLISH), (theme, locale) -> applied.add(theme + "/" + locale.getLanguage()));
    }

    @Test
    void listsDevicesWithASystemDefaultAndSelectsTheStoredChoice() {
        settings.loadDevices();
        assertThat(settings.microphones()).extracting(d -> d.name())
                .containsExactly("System default", "Built-in Microphone", "USB Headset Microphone");
        assertThat(settings.microphoneProperty().get().id()).isEqualTo("mic-2");
        assertThat(settings.cameraProperty().get().id()).isEmpty();
    }

    @Test
    void metersTheChosenMicrophoneAndPreviewsTheCamera() {
        settings.loadDevices();
        assertThat(devices.opened).containsExactly("microphone:mic-2", "camera:cam-1");
        devices.meter.accept(0.42);
        assertThat(settings.microphoneLevelProperty().get()).isEqualTo(0.42);

        List<VideoFrame> shown = new ArrayList<>();
        settings.setPreviewSink(shown::add);
        devices.preview.accept(TestFrames.solid(4, 4, 0x336699, 1));
        assertThat(shown).hasSize(1);

        settings.microphoneProperty().set(settings.microphones().get(1));
        assertThat(devices.closed).containsExactly("microphone:mic-2");
        assertThat(devices.opened).endsWith("microphone:mic-1");
        assertThat(settings.microphoneLevelProperty().get()).isZero();
    }

    @Test
    void closingReleasesEveryDevice() {
        settings.loadDevices();
        settings.close();
        assertThat(devices.closed).containsExactlyInAnyOrder("microphone:mic-2", "camera:cam-1");
    }

    @Test
    void validatesRelaysBeforeAddingThem() {
        settings.newRelayAddressProperty().set("https://relay");
        assertThat(settings.relayProblemProperty().get()).startsWith("Enter the relay as host or host:port");
        settings.newRelayAddressProperty().set("relay.example.org");
        settings.newRelayFingerprintProperty().set("too-short");
        assertThat(settings.relayProblemProperty().get()).startsWith("A fingerprint is 43 characters");
        settings.newRelayFingerprintProperty().set(FINGERPRINT);
        assertThat(settings.relayProblemProperty().get()).isEmpty();

        assertThat(settings.addRelay()).isTrue();

        assertThat(settings.relays()).containsExactly(new RelayEntry("relay.example.org:7443", FINGERPRINT));
        assertThat(settings.relayChoices()).extracting(RelayChoice::address).containsExactly("", "relay.example.org:7443");
        assertThat(settings.newRelayAddressProperty().get()).isEmpty();
        settings.newRelayAddressProperty().set("RELAY.example.org:7443");
        assertThat(settings.relayProblemProperty().get()).isEqualTo("This relay is already in the list.");
        assertThat(settings.addRelay()).isFalse();
    }

    @Test
    void removingThePreferredRelayFallsBackToTheEmbeddedOne() {
        settings.newRelayAddressProperty().set("relay.example.org");
        settings.addRelay();
        settings.preferredRelayProperty().set(settings.relayChoices().get(1));
        settings.removeRelay(settings.relays().getFirst());
        assertThat(settings.preferredRelayProperty().get().address()).isEmpty();
    }

    @Test
    void savesAppliesAndTellsTheSessionLayerTheDevices() {
        settings.loadDevices();
        settings.displayNameProperty().set(" Anna B. ");
        settings.themeProperty().set(Theme.DARK);
        settings.languageProperty().set(settings.languages().get(2));
        settings.cameraProperty().set(settings.cameras().get(2));
        settings.newRelayAddressProperty().set("relay.example.org");
        settings.addRelay();
        settings.preferredRelayProperty().set(settings.relayChoices().get(1));
        boolean[] closed = {false};

        settings.save(() -> closed[0] = true);

        Settings saved = new SettingsStore(dir).load();
        assertThat(saved.displayName()).isEqualTo("Anna B.");
        assertThat(saved.theme()).isEqualTo(Theme.DARK);
        assertThat(saved.language()).isEqualTo("de");
        assertThat(saved.preferredRelay()).isEqualTo("relay.example.org:7443");
        assertThat(saved.devices()).isEqualTo(new DeviceChoices("mic-2", "", "cam-2"));
        assertThat(devices.selection().cameraId()).contains("cam-2");
        assertThat(applied).containsExactly("DARK/de");
        assertThat(closed[0]).isTrue();
    }

    @Test
    void refusesToSaveWithoutAName() {
        settings.displayNameProperty().set("");
        settings.save(() -> { });
        assertThat(settings.saveErrorProperty().get()).isEqualTo("Enter the name others will see.");
        assertThat(new SettingsStore(dir).load().displayName()).isEqualTo("Anna");
    }

    @Test
    void themePreviewCanBeUndone() {
        settings.themeProperty().set(Theme.DARK);
        settings.previewTheme();
        settings.revertAppearance();
        assertThat(applied).containsExactly("DARK/en", "LIGHT/en");
    }

    @Test
    void showsTheIdentity() {
        assertThat(settings.identitySummary()).contains(FakeIdentityService.SUMMARY);
    }

    @Test
    void playsTheTestSoundOnTheDefaultSpeaker() {
        settings.loadDevices();
        settings.playTestSound();
        assertThat(devices.testSounds).containsExactly("spk-1");
    }
}
