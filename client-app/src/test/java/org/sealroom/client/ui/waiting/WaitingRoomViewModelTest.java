package org.sealroom.client.ui.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.RecordingNavigation;

class WaitingRoomViewModelTest {

    private final FakeMeetingSession session =
            new FakeMeetingSession(FakeMeetingSession.info("Planning", false), SessionPhase.CONNECTING);
    private final RecordingNavigation navigation = new RecordingNavigation();
    private final WaitingRoomViewModel waiting =
            new WaitingRoomViewModel(session, UiExecutors.direct(), navigation, Messages.forLocale(Locale.ENGLISH));

    @Test
    void showsConnectingThenWaitingForTheHost() {
        assertThat(waiting.stateProperty().get()).isEqualTo(WaitingRoomViewModel.State.CONNECTING);
        session.setPhase(SessionPhase.WAITING_IN_LOBBY, "");
        assertThat(waiting.headlineProperty().get()).isEqualTo("Waiting for the host to let you in");
        assertThat(waiting.finishedProperty().get()).isFalse();
    }

    @Test
    void movesToTheMeetingWhenAdmittedAndStopsListening() {
        session.setPhase(SessionPhase.IN_MEETING, "");
        assertThat(navigation.last().screen()).isEqualTo("meeting");
        assertThat(session.listenerCount()).isZero();
        assertThat(session.arguments("close")).isEmpty();
    }

    @Test
    void explainsADenialWithTheHostsReason() {
        session.setPhase(SessionPhase.DENIED, "The host is not expecting anyone else.");
        assertThat(waiting.stateProperty().get()).isEqualTo(WaitingRoomViewModel.State.DENIED);
        assertThat(waiting.headlineProperty().get()).isEqualTo("The host did not let you in");
        assertThat(waiting.detailProperty().get()).isEqualTo("The host is not expecting anyone else.");
        assertThat(waiting.finishedProperty().get()).isTrue();
    }

    @Test
    void explainsThatTheHostIsGone() {
        session.setPhase(SessionPhase.ENDED, "");
        assertThat(waiting.headlineProperty().get()).isEqualTo("The meeting is over");
        assertThat(waiting.detailProperty().get()).isEqualTo("The host is gone or ended the meeting.");
    }

    @Test
    void aHostMismatchIsAHardErrorThatLaterEventsDoNotHide() {
        session.warn(SecurityWarning.Kind.HOST_MISMATCH, "The host’s identity does not match the link.");
        session.setPhase(SessionPhase.ENDED, "");
        assertThat(waiting.stateProperty().get()).isEqualTo(WaitingRoomViewModel.State.HOST_MISMATCH);
        assertThat(waiting.headlineProperty().get()).isEqualTo("The host is not who the link says");
        assertThat(waiting.detailProperty().get()).isEqualTo("The host’s identity does not match the link.");
    }

    @Test
    void cancelLeavesClosesAndGoesHome() {
        session.setPhase(SessionPhase.WAITING_IN_LOBBY, "");
        waiting.cancel();
        assertThat(session.actions()).extracting(FakeMeetingSession.Action::name).containsExactly("leave", "close");
        assertThat(navigation.last().screen()).isEqualTo("home");
        assertThat(session.listenerCount()).isZero();
    }

    @Test
    void afterADenialBackHomeOnlyCloses() {
        session.setPhase(SessionPhase.DENIED, "");
        waiting.backHome();
        assertThat(session.actions()).extracting(FakeMeetingSession.Action::name).containsExactly("close");
    }
}
