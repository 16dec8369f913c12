package org.sealroom.client.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.DevicePreview;
import org.sealroom.client.session.DeviceService;
import org.sealroom.client.session.IdentityService;
import org.sealroom.client.session.IdentitySummary;
import org.sealroom.client.session.MediaDevice;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.settings.DeviceChoices;
import org.sealroom.client.settings.RelayAddress;
import org.sealroom.client.settings.RelayEntry;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.settings.Theme;
import org.sealroom.client.ui.Appearance;
import org.sealroom.client.ui.BackgroundTask;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.UserFacingErrors;

/**
 * The settings window: display name, theme and language; microphone, speaker and camera with a level meter and a
 * live preview; this user's identity and safety number; relays and their pinned certificate fingerprints.
 */
public final class SettingsViewModel implements AutoCloseable {

    /** base64url of a SHA-256 digest, without padding (protocol.md §2: {@code RELAY_CERT}). */
    private static final Pattern FINGERPRINT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SettingsStore store;
    private final DeviceService devices;
    private final IdentityService identity;
    private final UiExecutors executors;
    private final Messages messages;
    private final Appearance appearance;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObservableList<LanguageChoice> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final ObservableList<RelayEntry> relays = FXCollections.observableArrayList();
    private final ObservableList<RelayChoice> relayChoices = FXCollections.observableArrayList();
    private final ObjectProperty<RelayChoice> preferredRelay = new SimpleObjectProperty<>();
    private final StringProperty newRelayAddress = new SimpleStringProperty("");
    private final StringProperty newRelayFingerprint = new SimpleStringProperty("");
    private final StringBinding relayProblem;
    private final ObservableList<MediaDevice> microphones = FXCollections.observableArrayList();
    private final ObservableList<MediaDevice> speakers = FXCollections.observableArrayList();
    private final ObservableList<MediaDevice> cameras = FXCollections.observableArrayList();
    private final ObjectProperty<MediaDevice> microphone = new SimpleObjectProperty<>();
    private final ObjectProperty<MediaDevice> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<MediaDevice> camera = new SimpleObjectProperty<>();
    private final ReadOnlyDoubleWrapper microphoneLevel = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper devicesLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper deviceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IdentitySummary> identitySummary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

    private Settings original;
    private Consumer<VideoFrame> previewSink = frame -> {};
    private DevicePreview cameraPreview;
    private DevicePreview microphoneMeter;
    private boolean closed;

    public SettingsViewModel(SettingsStore store, Settings settings, DeviceService devices, IdentityService identity,
            UiExecutors executors, Messages messages, Appearance appearance) {
        this.store = store;
        this.devices = devices;
        this.identity = identity;
        this.executors = executors;
        this.messages = messages;
        this.appearance = appearance;
        this.original = settings;
        languages.setAll(
                new LanguageChoice("", messages.get("settings.language.system")),
                new LanguageChoice("en", "English"),
                new LanguageChoice("de", "Deutsch"));
        displayName.set(settings.displayName());
        theme.set(settings.theme());
        language.set(languages.stream().filter(l -> l.tag().equals(settings.language())).findFirst()
                .orElse(languages.getFirst()));
        relays.setAll(settings.relays());
        rebuildRelayChoices(settings.preferredRelay());
        relayProblem = Bindings.createStringBinding(this::currentRelayProblem, newRelayAddress, newRelayFingerprint, relays);
        identitySummary.set(identity.current().orElse(null));
        microphone.addListener((o, was, now) -> restartMeter());
        camera.addListener((o, was, now) -> restartPreview());
    }

    /** Lists the devices (off the UI thread) and starts the meter and the preview. */
    public void loadDevices() {
        devicesLoading.set(true);
        DeviceChoices chosen = original.devices();
        BackgroundTask.run(executors, () -> List.of(
                devices.devices(MediaDevice.Kind.MICROPHONE),
                devices.devices(MediaDevice.Kind.SPEAKER),
                devices.devices(MediaDevice.Kind.CAMERA)), lists -> {
            devicesLoading.set(false);
            fill(microphones, microphone, lists.get(0), MediaDevice.Kind.MICROPHONE, chosen.microphoneId());
            fill(speakers, speaker, lists.get(1), MediaDevice.Kind.SPEAKER, chosen.speakerId());
            fill(cameras, camera, lists.get(2), MediaDevice.Kind.CAMERA, chosen.cameraId());
        }, failure -> {
            devicesLoading.set(false);
            deviceError.set(UserFacingErrors.describe(failure, messages));
        });
    }

    private void fill(ObservableList<MediaDevice> list, ObjectProperty<MediaDevice> choice, List<MediaDevice> found,
            MediaDevice.Kind kind, String chosenId) {
        list.setAll(new MediaDevice("", messages.get("settings.devices.systemDefault"), kind, true));
        list.addAll(found);
        choice.set(list.stream().filter(d -> d.id().equals(chosenId)).findFirst().orElse(list.getFirst()));
    }

    /** Where camera preview frames go (a session thread calls it); set by the view before devices load. */
    public void setPreviewSink(Consumer<VideoFrame> sink) {
        previewSink = sink;
    }

    public void playTestSound() {
        String id = deviceId(speaker.get(), speakers);
        BackgroundTask.run(executors, () -> {
            devices.playTestSound(id);
            return null;
        }, done -> { }, failure -> deviceError.set(UserFacingErrors.describe(failure, messages)));
    }

    private void restartMeter() {
        stop(microphoneMeter);
        microphoneMeter = null;
        microphoneLevel.set(0);
        MediaDevice chosen = microphone.get();
        if (chosen == null || closed) {
            return;
        }
        String id = deviceId(chosen, microphones);
        BackgroundTask.run(executors,
                () -> devices.meterMicrophone(id, level -> executors.ui().execute(() -> microphoneLevel.set(level))),
                meter -> keepOrStop(meter, true),
                failure -> deviceError.set(UserFacingErrors.describe(failure, messages)));
    }

    private void restartPreview() {
        stop(cameraPreview);
        cameraPreview = null;
        MediaDevice chosen = camera.get();
        if (chosen == null || closed) {
            return;
        }
        String id = deviceId(chosen, cameras);
        BackgroundTask.run(executors, () -> devices.previewCamera(id, frame -> previewSink.accept(frame)),
                preview -> keepOrStop(preview, false),
                failure -> deviceError.set(UserFacingErrors.describe(failure, messages)));
    }

    private void keepOrStop(DevicePreview preview, boolean meter) {
        if (closed) {
            preview.close();
        } else if (meter) {
            stop(microphoneMeter);
            microphoneMeter = preview;
        } else {
            stop(cameraPreview);
            cameraPreview = preview;
        }
    }

    /** The system default entry stands for "no choice": the device that is the default when a meeting starts. */
    private static String deviceId(MediaDevice device, List<MediaDevice> list) {
        if (device == null) {
            return "";
        }
        if (!device.id().isEmpty()) {
            return device.id();
        }
        return list.stream().filter(d -> !d.id().isEmpty() && d.systemDefault()).map(MediaDevice::id).findFirst()
                .orElse(list.size() > 1 ? list.get(1).id() : "");
    }

    public boolean addRelay() {
        if (!relayProblem.get().isEmpty() || newRelayAddress.get().isBlank()) {
            return false;
        }
        String address = RelayAddress.parse(newRelayAddress.get()).toString();
        relays.add(new RelayEntry(address, newRelayFingerprint.get().strip()));
        rebuildRelayChoices(preferredRelay.get() == null ? "" : preferredRelay.get().address());
        newRelayAddress.set("");
        newRelayFingerprint.set("");
        return true;
    }

    public void removeRelay(RelayEntry entry) {
        relays.remove(entry);
        String preferred = preferredRelay.get() == null ? "" : preferredRelay.get().address();
        rebuildRelayChoices(preferred.equalsIgnoreCase(entry.address()) ? "" : preferred);
    }

    private void rebuildRelayChoices(String preferred) {
        relayChoices.setAll(new RelayChoice("", messages.get("settings.relays.embedded")));
        relays.forEach(r -> relayChoices.add(new RelayChoice(r.address(), r.address())));
        preferredRelay.set(relayChoices.stream().filter(c -> c.address().equalsIgnoreCase(preferred)).findFirst()
                .orElse(relayChoices.getFirst()));
    }

    private String currentRelayProblem() {
        String address = newRelayAddress.get().strip();
        String fingerprint = newRelayFingerprint.get().strip();
        if (address.isEmpty()) {
            return fingerprint.isEmpty() ? "" : messages.get("settings.relays.error.addressMissing");
        }
        if (!RelayAddress.isValid(address)) {
            return messages.get("settings.relays.error.address");
        }
        String normalized = RelayAddress.parse(address).toString();
        if (relays.stream().anyMatch(r -> r.address().equalsIgnoreCase(normalized))) {
            return messages.get("settings.relays.error.duplicate");
        }
        if (!fingerprint.isEmpty() && !FINGERPRINT.matcher(fingerprint).matches()) {
            return messages.get("settings.relays.error.fingerprint");
        }
        return "";
    }

    /** Writes the settings, tells the session layer the devices, and applies theme and language. */
    public void save(Runnable onSaved) {
        if (displayName.get().isBlank()) {
            saveError.set(messages.get("settings.error.nameMissing"));
            return;
        }
        DeviceChoices chosen = new DeviceChoices(
                idOf(microphone.get(), original.devices().microphoneId()),
                idOf(speaker.get(), original.devices().speakerId()),
                idOf(camera.get(), original.devices().cameraId()));
        String name = displayName.get().strip();
        Theme chosenTheme = theme.get();
        String tag = language.get().tag();
        List<RelayEntry> chosenRelays = List.copyOf(relays);
        String preferred = preferredRelay.get() == null ? "" : preferredRelay.get().address();
        saveError.set("");
        BackgroundTask.run(executors, () -> {
            Settings saved = store.update(s -> s.withDisplayName(name).withTheme(chosenTheme).withLanguage(tag)
                    .withRelays(chosenRelays, preferred).withDevices(chosen));
            devices.select(chosen.toSelection());
            return saved;
        }, saved -> {
            original = saved;
            appearance.apply(saved.theme(), saved.locale());
            onSaved.run();
        }, failure -> saveError.set(UserFacingErrors.describe(failure, messages)));
    }

    /** Devices the list never showed (not loaded yet) keep their stored choice. */
    private static String idOf(MediaDevice device, String stored) {
        return device == null ? stored : device.id();
    }

    /** Shows the chosen theme at once, before saving. */
    public void previewTheme() {
        appearance.apply(theme.get(), original.locale());
    }

    /** Undoes a theme preview. */
    public void revertAppearance() {
        appearance.apply(original.theme(), original.locale());
    }

    public Locale locale() {
        return original.locale();
    }

    /** Stops the meter and the preview: the window is closing. */
    @Override
    public void close() {
        closed = true;
        stop(cameraPreview);
        stop(microphoneMeter);
        cameraPreview = null;
        microphoneMeter = null;
    }

    private static void stop(DevicePreview preview) {
        if (preview != null) {
            preview.close();
        }
    }

    public StringProperty displayNameProperty() { return displayName; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public ObservableList<LanguageChoice> languages() { return languages; }

    public ObjectProperty<LanguageChoice> languageProperty() { return language; }

    public ObservableList<RelayEntry> relays() { return relays; }

    public ObservableList<RelayChoice> relayChoices() { return relayChoices; }

    public ObjectProperty<RelayChoice> preferredRelayProperty() { return preferredRelay; }

    public StringProperty newRelayAddressProperty() { return newRelayAddress; }

    public StringProperty newRelayFingerprintProperty() { return newRelayFingerprint; }

    public StringBinding relayProblemProperty() { return relayProblem; }

    public ObservableList<MediaDevice> microphones() { return microphones; }

    public ObservableList<MediaDevice> speakers() { return speakers; }

    public ObservableList<MediaDevice> cameras() { return cameras; }

    public ObjectProperty<MediaDevice> microphoneProperty() { return microphone; }

    public ObjectProperty<MediaDevice> speakerProperty() { return speaker; }

    public ObjectProperty<MediaDevice> cameraProperty() { return camera; }

    public ReadOnlyDoubleProperty microphoneLevelProperty() { return microphoneLevel.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty devicesLoadingProperty() { return devicesLoading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty deviceErrorProperty() { return deviceError.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<IdentitySummary> identityProperty() { return identitySummary.getReadOnlyProperty(); }

    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }

    public Optional<IdentitySummary> identitySummary() { return Optional.ofNullable(identitySummary.get()); }
}
