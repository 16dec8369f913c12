package org.sealroom.client.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class MeetingViewModelTest {

    private static final ParticipantInfo ANNA = FakeMeetingSession.person(1, "Anna", Role.HOST, true);
    private static final ParticipantInfo BEN = FakeMeetingSession.person(2, "Ben", Role.MEMBER, false);
    private static final ParticipantInfo CLARA = FakeMeetingSession.person(3, "Clara", Role.MEMBER, false);

    private FakeMeetingSession session;
    private RecordingNavigation navigation;
    private MeetingViewModel meeting;

    @BeforeEach
    void setUp() {
        session = new FakeMeetingSession(FakeMeetingSession.info("Planning", true), SessionPhase.IN_MEETING);
        session.setParticipants(List.of(ANNA, BEN, CLARA));
        navigation = new RecordingNavigation();
        meeting = new MeetingViewModel(session, UiExecutors.direct(), navigation, Messages.forLocale(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static ParticipantInfo speaking(ParticipantInfo p, boolean speaking) {
        return new ParticipantInfo(p.id(), p.displayName(), p.role(), p.identity(), p.safetyNumber(), p.me(),
                p.microphoneOn(), p.cameraOn(), speaking, p.sharingScreen(), p.handRaised());
    }

    @Test
    void showsTheRosterAndKnowsItIsTheHost() {
        assertThat(meeting.participants().participants()).containsExactly(ANNA, BEN, CLARA);
        assertThat(meeting.participants().meProperty().get()).isEqualTo(ANNA);
        assertThat(meeting.hostProperty().get()).isTrue();
        assertThat(meeting.microphoneOnProperty().get()).isTrue();
    }

    @Test
    void theActiveSpeakerStaysUntilSomeoneElseSpeaks() {
        assertThat(meeting.participants().activeSpeakerProperty().get()).isEqualTo(BEN.id());
        session.setParticipants(List.of(ANNA, BEN, speaking(CLARA, true)));
        assertThat(meeting.participants().activeSpeakerProperty().get()).isEqualTo(CLARA.id());
        session.setParticipants(List.of(speaking(ANNA, true), BEN, CLARA));
        assertThat(meeting.participants().activeSpeakerProperty().get()).as("our own voice does not take the stage")
                .isEqualTo(CLARA.id());
        session.setParticipants(List.of(ANNA, BEN));
        assertThat(meeting.participants().activeSpeakerProperty().get()).isEqualTo(BEN.id());
    }

    @Test
    void togglesMicrophoneAndCameraFromTheRosterState() {
        meeting.toggleMicrophone();
        meeting.toggleCamera();
        assertThat(session.arguments("microphone")).containsExactly(false);
        assertThat(session.arguments("camera")).containsExactly(false);
    }

    @Test
    void sendsChatToEveryoneOrPrivatelyAndShowsItAtOnce() {
        ChatViewModel chat = meeting.chat();
        chat.draftProperty().set("  Hello all ");
        chat.send();
        chat.recipientProperty().set(chat.recipients().get(1));
        chat.draftProperty().set("Just you, Ben");
        chat.send();

        assertThat(session.arguments("sendChat")).containsExactly("Hello all");
        assertThat(session.arguments("sendPrivateChat")).containsExactly("#2:Just you, Ben");
        assertThat(chat.lines()).extracting(ChatLine::text).containsExactly("Hello all", "Just you, Ben");
        assertThat(chat.lines().get(1).privateWith()).isEqualTo("Privately to Ben");
        assertThat(chat.draftProperty().get()).isEmpty();
    }

    @Test
    void doesNotSendBlankOrOverlongChat() {
        meeting.chat().draftProperty().set("   ");
        meeting.chat().send();
        meeting.chat().draftProperty().set("x".repeat(ChatViewModel.MAX_TEXT_LENGTH + 1));
        assertThat(meeting.chat().canSendProperty().get()).isFalse();
        meeting.chat().send();
        assertThat(session.arguments("sendChat")).isEmpty();
    }

    @Test
    void countsUnreadChatWhileThePanelIsClosedAndIgnoresTheEchoOfOurOwnLines() {
        session.receiveChat(BEN.id(), "Ben", "Can you hear me?");
        session.receiveChat(ANNA.id(), "Anna", "echo of my own line");
        assertThat(meeting.chat().unreadProperty().get()).isEqualTo(1);
        assertThat(meeting.chat().lines()).extracting(ChatLine::fromName).containsExactly("Ben");
        meeting.togglePanel(MeetingPanel.CHAT);
        assertThat(meeting.chat().unreadProperty().get()).isZero();
        session.receiveChat(CLARA.id(), "Clara", "Yes");
        assertThat(meeting.chat().unreadProperty().get()).isZero();
    }

    @Test
    void marksPrivateLinesFromOthers() {
        session.receiveChat(new ChatMessage(BEN.id(), "Ben", "psst", Instant.EPOCH, Optional.of(ANNA.id())));
        assertThat(meeting.chat().lines().getFirst().privateWith()).isEqualTo("Ben");
    }

    @Test
    void aPrivateRecipientWhoLeftFallsBackToEveryone() {
        ChatViewModel chat = meeting.chat();
        chat.recipientProperty().set(chat.recipients().get(2));
        assertThat(chat.recipientProperty().get().participant()).contains(CLARA.id());
        session.setParticipants(List.of(ANNA, BEN));
        assertThat(chat.recipientProperty().get().participant()).isEmpty();
        assertThat(chat.recipients()).hasSize(2);
    }

    @Test
    void lobbyAdmitsAndDeniesThroughTheSessionAndAnnouncesArrivals() {
        LobbyEntry dana = new LobbyEntry(new LobbyEntryId(7), "Dana", "11111 22222 33333", IdentityState.NEW, false);
        LobbyEntry eli = new LobbyEntry(new LobbyEntryId(8), "Eli", "44444 55555 66666", IdentityState.SEEN_BEFORE, true);
        session.setLobby(List.of(dana));
        assertThat(meeting.lobby().latestArrivalProperty().get()).isEqualTo(dana);
        session.setLobby(List.of(dana, eli));
        assertThat(meeting.lobby().latestArrivalProperty().get()).isEqualTo(eli);

        meeting.lobby().admit(dana.id());
        meeting.lobby().deny(eli.id());
        assertThat(session.arguments("admit")).containsExactly(dana.id());
        assertThat(session.arguments("deny")).containsExactly(eli.id());

        session.setLobby(List.of(dana));
        assertThat(meeting.lobby().latestArrivalProperty().get()).isEqualTo(dana);
        session.setLobby(List.of());
        assertThat(meeting.lobby().latestArrivalProperty().get()).isNull();
    }

    @Test
    void admitAllAdmitsEveryoneWaiting() {
        session.setLobby(List.of(new LobbyEntry(new LobbyEntryId(7), "Dana", "1", IdentityState.NEW, false),
                new LobbyEntry(new LobbyEntryId(8), "Eli", "2", IdentityState.NEW, false)));
        meeting.lobby().admitAll();
        assertThat(session.arguments("admit")).containsExactly(new LobbyEntryId(7), new LobbyEntryId(8));
    }

    @Test
    void hostActionsGoToTheSession() {
        meeting.participants().remove(BEN.id());
        meeting.participants().handOverHost(CLARA.id());
        meeting.participants().makeCoHost(BEN.id());
        meeting.security().markVerified(CLARA.id());
        assertThat(session.actions()).extracting(FakeMeetingSession.Action::name)
                .containsExactly("remove", "handOverHost", "setCoHost", "markVerified");
    }

    @Test
    void showsTheSecurityCodeInReadableGroups() {
        assertThat(meeting.security().establishedProperty().get()).isFalse();
        assertThat(meeting.security().badgeTextProperty().get()).isEqualTo("Securing…");
        session.setE2ee(new E2eeStatus(3, "123451234512345123451234512345", false));
        assertThat(meeting.security().badgeTextProperty().get()).isEqualTo("End-to-end encrypted");
        assertThat(meeting.security().securityCodeProperty().get())
                .isEqualTo("12345  12345  12345\n12345  12345  12345");
        assertThat(SecurityViewModel.formatCode("A1B2")).isEqualTo("A1B2");
    }

    @Test
    void repeatedWarningsBecomeOneBannerWithACount() {
        session.warn(SecurityWarning.Kind.DECRYPTION_FAILED, "Frames from Ben failed authentication.");
        session.warn(SecurityWarning.Kind.DECRYPTION_FAILED, "Frames from Ben failed authentication.");
        session.warn(SecurityWarning.Kind.KEY_CHANGED, "Clara arrived with a different key.");
        assertThat(meeting.security().warnings()).extracting(WarningItem::kind, WarningItem::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SecurityWarning.Kind.DECRYPTION_FAILED, 2),
                org.assertj.core.groups.Tuple.tuple(SecurityWarning.Kind.KEY_CHANGED, 1));
        meeting.security().dismiss(meeting.security().warnings().getFirst());
        assertThat(meeting.security().warnings()).extracting(WarningItem::kind).containsExactly(SecurityWarning.Kind.KEY_CHANGED);
    }

    @Test
    void describesTheConnection() {
        session.setConnection(FakeMeetingSession.connected(ConnectionStatus.MediaPath.TCP, 84, ConnectionStatus.Quality.FAIR));
        ConnectionViewModel connection = meeting.connection();
        assertThat(connection.summaryProperty().get()).isEqualTo("Fair connection");
        assertThat(connection.mediaPathTextProperty().get()).isEqualTo("TCP fallback through the TLS connection");
        assertThat(connection.roundTripTextProperty().get()).isEqualTo("84 ms");
        assertThat(connection.reconnectingProperty().get()).isFalse();
        session.setConnection(new ConnectionStatus(ConnectionStatus.State.RECONNECTING, ConnectionStatus.MediaPath.NONE,
                java.time.Duration.ZERO, ConnectionStatus.Quality.POOR));
        assertThat(connection.reconnectingProperty().get()).isTrue();
        assertThat(connection.summaryProperty().get()).isEqualTo("Reconnecting…");
    }

    @Test
    void panelsToggle() {
        meeting.togglePanel(MeetingPanel.PARTICIPANTS);
        assertThat(meeting.panelProperty().get()).isEqualTo(MeetingPanel.PARTICIPANTS);
        meeting.togglePanel(MeetingPanel.SECURITY);
        assertThat(meeting.panelProperty().get()).isEqualTo(MeetingPanel.SECURITY);
        meeting.togglePanel(MeetingPanel.SECURITY);
        assertThat(meeting.panelProperty().get()).isEqualTo(MeetingPanel.NONE);
    }

    @Test
    void withoutScreenSharingInTheSessionTheShareButtonExplainsInstead() {
        assertThat(meeting.screenSharing()).isEmpty();
        assertThat(meeting.toggleScreenShare()).isFalse();
        assertThat(meeting.panelProperty().get()).isEqualTo(MeetingPanel.SHARE_PREVIEW);
    }

    @Test
    void whenTheMeetingEndsItClosesTheSessionAndSaysWhyAtHome() {
        session.setPhase(SessionPhase.ENDED, "The host ended the meeting.");
        assertThat(navigation.last()).isEqualTo(new RecordingNavigation.Visit("home", "The host ended the meeting."));
        assertThat(session.arguments("close")).hasSize(1);
        assertThat(session.listenerCount()).isZero();
    }

    @Test
    void endForAllEndsAndGoesHome() {
        meeting.endForAll();
        assertThat(session.actions()).extracting(FakeMeetingSession.Action::name).containsExactly("endForAll", "close");
        assertThat(navigation.last().screen()).isEqualTo("home");
    }

    @Test
    void shortSafetyNumbersKeepTheFirstTwoGroups() {
        assertThat(ParticipantsPanel.shortSafetyNumber("12345 67890 13579")).isEqualTo("12345 67890 …");
        assertThat(ParticipantsPanel.shortSafetyNumber("12345")).isEqualTo("12345");
    }
}
