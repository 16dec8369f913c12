package org.sealroom.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static RecentMeeting meeting(String number, int minute) {
        return new RecentMeeting("M" + number, number, "relay.example.org:7443",
                Instant.parse("2025-03-01T10:00:00Z").plusSeconds(60L * minute), false);
    }

    @Test
    void recentMeetingsPutTheLatestFirstWithoutDuplicatesAndKeepAFew() {
        Settings settings = Settings.DEFAULTS;
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentMeeting(meeting(String.valueOf(1000 + i), i));
        }
        settings = settings.withRecentMeeting(meeting("1010", 30));
        assertThat(settings.recentMeetings()).hasSize(Settings.MAX_RECENT_MEETINGS);
        assertThat(settings.recentMeetings().getFirst()).isEqualTo(meeting("1010", 30));
        assertThat(settings.recentMeetings()).extracting(RecentMeeting::meetingNumber).doesNotHaveDuplicates();
        assertThat(settings.recentMeetings().get(1).meetingNumber()).isEqualTo("1011");
    }

    @Test
    void pinningUpdatesAKnownRelayOrAddsIt() {
        Settings settings = Settings.DEFAULTS.withRelays(List.of(new RelayEntry("a.example:7443", "")), "");
        settings = settings.withPin("A.example:7443", "fp-a").withPin("b.example:7443", "fp-b");
        assertThat(settings.relays()).containsExactly(new RelayEntry("a.example:7443", "fp-a"),
                new RelayEntry("b.example:7443", "fp-b"));
        assertThat(settings.relay("a.EXAMPLE:7443")).map(RelayEntry::pinned).contains(true);
    }

    @Test
    void theLocaleFollowsTheChoiceOrTheSystemWhenWeShipIt() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Settings.DEFAULTS.locale().getLanguage()).isEqualTo("de");
            assertThat(Settings.DEFAULTS.withLanguage("en").locale().getLanguage()).isEqualTo("en");
            Locale.setDefault(Locale.JAPAN);
            assertThat(Settings.DEFAULTS.locale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void deviceChoicesMapToTheSessionSelection() {
        DeviceChoices choices = new DeviceChoices("mic-2", "", "cam-1");
        assertThat(choices.toSelection().microphoneId()).contains("mic-2");
        assertThat(choices.toSelection().speakerId()).isEmpty();
        assertThat(DeviceChoices.of(choices.toSelection())).isEqualTo(choices);
    }
}
