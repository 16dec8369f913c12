package org.sealroom.client.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.settings.RecentMeeting;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.FakeSessionService;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class HomeViewModelTest {

    private static final String LINK = "sealroom://relay.example.org:7443/482193057#v1.Qm9iZmluZ2VycHJpbnQ.c2VjcmV0LXNlY3JldA";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir Path dir;
    private SettingsStore store;
    private FakeSessionService sessions;
    private RecordingNavigation navigation;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir);
        store.save(Settings.DEFAULTS.withDisplayName("Anna"));
        sessions = new FakeSessionService();
        navigation = new RecordingNavigation();
    }

    private HomeViewModel viewModel() {
        return new HomeViewModel(sessions, store, store.load(), UiExecutors.direct(), navigation, messages,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void saysNothingBeforeTheUserTypesButExplainsAnEmptyJoinAttempt() {
        HomeViewModel home = viewModel();
        assertThat(home.joinProblemProperty().get()).isEmpty();
        assertThat(home.canJoinProperty().get()).isFalse();

        home.join();

        assertThat(home.joinProblemProperty().get()).isEqualTo("Paste the invitation link you received.");
        assertThat(sessions.joined).isEmpty();
    }

    @Test
    void explainsWhatIsWrongWithAPastedLink() {
        HomeViewModel home = viewModel();
        home.linkProperty().set("https://example.org/meeting");
        assertThat(home.joinProblemProperty().get()).isEqualTo("An invitation link starts with sealroom://");
        home.linkProperty().set("sealroom://relay.example.org/482193057");
        assertThat(home.joinProblemProperty().get()).contains("missing its end");
        home.linkProperty().set("sealroom://relay.example.org/abc#v1.x.y");
        assertThat(home.joinProblemProperty().get()).contains("does not look like a complete");
        home.linkProperty().set(LINK);
        assertThat(home.joinProblemProperty().get()).isEmpty();
        assertThat(home.canJoinProperty().get()).isTrue();
    }

    @Test
    void joinsByLinkAndGoesToTheWaitingRoom() {
        FakeMeetingSession session = new FakeMeetingSession(FakeMeetingSession.info("Planning", false),
                SessionPhase.WAITING_IN_LOBBY);
        sessions.onJoin(options -> session);
        HomeViewModel home = viewModel();
        home.cameraOnProperty().set(false);
        home.linkProperty().set("  " + LINK + " ");

        home.join();

        assertThat(sessions.joined).singleElement().satisfies(options -> {
            assertThat(options.displayName()).isEqualTo("Anna");
            assertThat(options.link()).contains(LINK);
            assertThat(options.media()).isEqualTo(new MediaOptions(MediaOptions.Mode.DEVICES, true, false));
        });
        assertThat(navigation.last().screen()).isEqualTo("waitingRoom");
        assertThat(navigation.last().detail()).isSameAs(session);
        assertThat(home.busyProperty().get()).isFalse();
        assertThat(store.load().joinWithCamera()).isFalse();
    }

    @Test
    void joinsByMeetingNumberAndPasswordThroughTheGivenRelay() {
        sessions.onJoin(options -> new FakeMeetingSession(FakeMeetingSession.info("Standup", false), SessionPhase.IN_MEETING));
        HomeViewModel home = viewModel();
        home.joinModeProperty().set(HomeViewModel.JoinMode.NUMBER);
        home.meetingNumberProperty().set("482 193-057");
        assertThat(home.joinProblemProperty().get()).isEqualTo("Enter the meeting password.");
        home.passwordProperty().set("K7P-29Q");
        home.relayAddressProperty().set("Relay.Example.org");

        home.join();

        assertThat(sessions.joined).singleElement().satisfies(options -> {
            assertThat(options.link()).isEmpty();
            assertThat(options.meetingNumber()).contains("482193057");
            assertThat(options.password()).contains("K7P-29Q");
            assertThat(options.relayAddress()).contains("relay.example.org:7443");
        });
        assertThat(navigation.last().screen()).isEqualTo("meeting");
    }

    @Test
    void rejectsAMeetingNumberWithLettersAsSoonAsItIsTyped() {
        HomeViewModel home = viewModel();
        home.joinModeProperty().set(HomeViewModel.JoinMode.NUMBER);
        assertThat(home.joinProblemProperty().get()).isEmpty();
        home.meetingNumberProperty().set("4");
        assertThat(home.joinProblemProperty().get()).startsWith("A meeting number has only digits");
        home.meetingNumberProperty().set("48A 193");
        home.passwordProperty().set("secret");
        assertThat(home.joinProblemProperty().get()).startsWith("A meeting number has only digits");
        assertThat(home.canJoinProperty().get()).isFalse();
    }

    @Test
    void showsTheSessionLayersMessageWhenJoiningFails() {
        sessions.onJoin(options -> {
            throw new SessionException("The relay relay.example.org:7443 cannot be reached.");
        });
        HomeViewModel home = viewModel();
        home.linkProperty().set(LINK);

        home.join();

        assertThat(home.errorProperty().get()).isEqualTo("The relay relay.example.org:7443 cannot be reached.");
        assertThat(home.busyProperty().get()).isFalse();
        assertThat(navigation.visits).isEmpty();
    }

    @Test
    void hostsOnTheEmbeddedRelayWithADefaultTitleAndRemembersTheMeetingWithoutItsLink() {
        FakeMeetingSession session = new FakeMeetingSession(FakeMeetingSession.info("Meeting of Anna", true), SessionPhase.IN_MEETING);
        sessions.onHost(options -> session);
        HomeViewModel home = viewModel();

        home.newMeeting();

        assertThat(sessions.hosted).singleElement().satisfies(options -> {
            assertThat(options.title()).isEqualTo("Meeting of Anna");
            assertThat(options.relayAddress()).isEmpty();
            assertThat(options.autoAdmit()).isFalse();
        });
        assertThat(navigation.last().screen()).isEqualTo("meeting");
        RecentMeeting remembered = new RecentMeeting("Meeting of Anna", "482193057", "relay.example.org:7443", NOW, true);
        assertThat(home.recentMeetings()).containsExactly(remembered);
        assertThat(store.load().recentMeetings()).containsExactly(remembered);
        assertThat(store.file()).content().doesNotContain("secret").doesNotContain("sealroom://");
    }

    @Test
    void refusesToHostWithoutAName() {
        HomeViewModel home = viewModel();
        home.displayNameProperty().set("  ");
        home.newMeeting();
        assertThat(home.errorProperty().get()).isEqualTo("Enter the name others will see.");
        assertThat(sessions.hosted).isEmpty();
    }

    @Test
    void fillsTheNumberFormFromARecentMeeting() {
        HomeViewModel home = viewModel();
        home.passwordProperty().set("old");
        home.useRecent(new RecentMeeting("Standup", "482193057", "relay.example.org:7443", NOW, false));
        assertThat(home.joinModeProperty().get()).isEqualTo(HomeViewModel.JoinMode.NUMBER);
        assertThat(home.meetingNumberProperty().get()).isEqualTo("482 193 057");
        assertThat(home.relayAddressProperty().get()).isEqualTo("relay.example.org:7443");
        assertThat(home.passwordProperty().get()).isEmpty();
    }

    @Test
    void joinsAtOnceWhenOpenedWithALink() {
        sessions.onJoin(options -> new FakeMeetingSession(FakeMeetingSession.info("X", false), SessionPhase.CONNECTING));
        HomeViewModel home = viewModel();
        home.joinNow(LINK);
        assertThat(sessions.joined).extracting(o -> o.link().orElseThrow()).containsExactly(LINK);
        assertThat(navigation.last().screen()).isEqualTo("waitingRoom");
    }

    @Test
    void clearsRecentMeetings() {
        store.update(s -> s.withRecentMeeting(new RecentMeeting("A", "1234", "", NOW, true)));
        HomeViewModel home = viewModel();
        assertThat(home.recentMeetings()).hasSize(1);
        home.clearRecentMeetings();
        assertThat(home.recentMeetings()).isEmpty();
        assertThat(store.load().recentMeetings()).isEmpty();
    }

    @Test
    void describesWhereNewMeetingsRun() {
        assertThat(viewModel().hostRelayDescription()).startsWith("Runs on a relay built into this computer");
        store.update(s -> s.withRelays(List.of(), "relay.example.org:7443"));
        assertThat(viewModel().hostRelayDescription()).isEqualTo("Runs on the relay relay.example.org:7443.");
        assertThat(viewModel().relayAddressProperty().get()).isEqualTo("relay.example.org:7443");
    }
}
