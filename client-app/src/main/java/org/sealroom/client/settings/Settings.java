package org.sealroom.client.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the desktop app remembers between runs. Immutable: change with the {@code with…} methods and save through
 * {@link SettingsStore}. Missing fields (an older file) take their defaults.
 *
 * @param preferredRelay the relay new meetings use; empty for the embedded relay on localhost
 * @param downloadFolder where received files go; empty for the user's downloads folder
 */
public record Settings(
        String displayName,
        Theme theme,
        String language,
        List<RelayEntry> relays,
        String preferredRelay,
        DeviceChoices devices,
        boolean joinWithMicrophone,
        boolean joinWithCamera,
        List<RecentMeeting> recentMeetings,
        String downloadFolder) {

    /** The home screen lists at most this many recent meetings. */
    public static final int MAX_RECENT_MEETINGS = 8;

    public static final List<String> SUPPORTED_LANGUAGES = List.of("en", "de");

    public static final Settings DEFAULTS =
            new Settings("", Theme.LIGHT, "", List.of(), "", DeviceChoices.SYSTEM_DEFAULTS, true, true, List.of(), "");

    public Settings {
        displayName = displayName == null ? "" : displayName.strip();
        theme = theme == null ? Theme.LIGHT : theme;
        language = language == null || !SUPPORTED_LANGUAGES.contains(language) ? "" : language;
        relays = relays == null ? List.of() : List.copyOf(relays);
        preferredRelay = preferredRelay == null ? "" : preferredRelay;
        devices = devices == null ? DeviceChoices.SYSTEM_DEFAULTS : devices;
        recentMeetings = recentMeetings == null ? List.of() : List.copyOf(recentMeetings);
        downloadFolder = downloadFolder == null ? "" : downloadFolder;
    }

    /** The UI locale: the chosen language, or the system's when it is one we ship, else English. */
    public Locale locale() {
        if (!language.isEmpty()) {
            return Locale.forLanguageTag(language);
        }
        String system = Locale.getDefault().getLanguage();
        return SUPPORTED_LANGUAGES.contains(system) ? Locale.forLanguageTag(system) : Locale.ENGLISH;
    }

    public Optional<String> preferredRelayAddress() {
        return preferredRelay.isEmpty() ? Optional.empty() : Optional.of(preferredRelay);
    }

    public Optional<RelayEntry> relay(String address) {
        return relays.stream().filter(r -> r.address().equalsIgnoreCase(address)).findFirst();
    }

    public Settings withDisplayName(String value) {
        return new Settings(value, theme, language, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, recentMeetings, downloadFolder);
    }

    public Settings withTheme(Theme value) {
        return new Settings(displayName, value, language, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, recentMeetings, downloadFolder);
    }

    public Settings withLanguage(String value) {
        return new Settings(displayName, theme, value, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, recentMeetings, downloadFolder);
    }

    public Settings withRelays(List<RelayEntry> value, String preferred) {
        return new Settings(displayName, theme, language, value, preferred, devices, joinWithMicrophone,
                joinWithCamera, recentMeetings, downloadFolder);
    }

    public Settings withDevices(DeviceChoices value) {
        return new Settings(displayName, theme, language, relays, preferredRelay, value, joinWithMicrophone,
                joinWithCamera, recentMeetings, downloadFolder);
    }

    public Settings withJoinMedia(boolean microphone, boolean camera) {
        return new Settings(displayName, theme, language, relays, preferredRelay, devices, microphone, camera,
                recentMeetings, downloadFolder);
    }

    /** Adds or updates a pin for {@code address}, adding the relay to the list if it is not there yet. */
    public Settings withPin(String address, String fingerprint) {
        List<RelayEntry> updated = new ArrayList<>();
        boolean found = false;
        for (RelayEntry entry : relays) {
            if (entry.address().equalsIgnoreCase(address)) {
                updated.add(new RelayEntry(entry.address(), fingerprint));
                found = true;
            } else {
                updated.add(entry);
            }
        }
        if (!found) {
            updated.add(new RelayEntry(address, fingerprint));
        }
        return withRelays(updated, preferredRelay);
    }

    /** Puts {@code meeting} first, replacing an older entry for the same meeting, and keeps the newest few. */
    public Settings withRecentMeeting(RecentMeeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        List<RecentMeeting> updated = new ArrayList<>();
        updated.add(meeting);
        recentMeetings.stream()
                .filter(m -> !m.sameMeetingAs(meeting))
                .limit(MAX_RECENT_MEETINGS - 1L)
                .forEach(updated::add);
        return new Settings(displayName, theme, language, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, updated, downloadFolder);
    }

    /** Received files go to {@code folder} from now on. */
    public Settings withDownloadFolder(Path folder) {
        return new Settings(displayName, theme, language, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, recentMeetings, folder.toString());
    }

    /** The folder the user chose for received files, if any. */
    public Optional<Path> downloadFolderPath() {
        return downloadFolder.isEmpty() ? Optional.empty() : Optional.of(Path.of(downloadFolder));
    }

    public Settings withoutRecentMeetings() {
        return new Settings(displayName, theme, language, relays, preferredRelay, devices, joinWithMicrophone,
                joinWithCamera, List.of(), downloadFolder);
    }
}
