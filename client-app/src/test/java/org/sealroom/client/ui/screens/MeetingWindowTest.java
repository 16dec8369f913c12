package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.ui.screens.AppHarness.fromSessionThread;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.TestFrames;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.video.VideoKey;
import org.sealroom.client.ui.meeting.video.VideoTile;

/**
 * Drives the real meeting window headless, fed by an in-test session: hosting from the home screen, tiles with names
 * and video, chat both ways, admitting from the lobby, the security code, warnings and keyboard shortcuts.
 */
class MeetingWindowTest {

    private static final ParticipantInfo ANNA = FakeMeetingSession.person(1, "Anna", Role.HOST, true);
    private static final ParticipantInfo BEN = FakeMeetingSession.person(2, "Ben", Role.MEMBER, false);
    private static final ParticipantInfo CLARA = FakeMeetingSession.person(3, "Clara", Role.MEMBER, false);

    @TempDir Path config;
    private AppHarness harness;
    private FakeMeetingSession session;

    @BeforeEach
    void hostAMeeting() throws Exception {
        session = new FakeMeetingSession(FakeMeetingSession.info("Planning", true), SessionPhase.IN_MEETING);
        session.setParticipants(List.of(ANNA));
        harness = AppHarness.hosting(config, "Anna", session);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }


    private MeetingView meetingView() {
        return (MeetingView) harness.navigator().current();
    }

    private Set<String> tileNames() {
        return harness.robot.lookup(".tile-name").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void showsATileWithNameAndVideoForEachParticipant() throws Exception {
        fromSessionThread(() -> session.setParticipants(List.of(ANNA, BEN, CLARA)));
        harness.await("three tiles", () -> tileNames().size() == 3);
        assertThat(tileNames()).containsExactlyInAnyOrder("Anna (you)", "Ben", "Clara");

        fromSessionThread(() -> session.deliverFrame(BEN.id(), TestFrames.solid(64, 36, 0xCC2200, 1)));

        VideoTile ben = meetingView().videoStage().tile(VideoKey.camera(BEN.id()));
        harness.await("Ben's picture", () -> ben.shownImage() != null);
        Image shown = ben.shownImage();
        assertThat(shown.getWidth()).isEqualTo(64);
        assertThat(shown.getPixelReader().getArgb(10, 10)).isEqualTo(0xFFCC2200);
        assertThat(ben.slots().framesCopied()).isEqualTo(1);

        // Rounded corners come from four small pieces in the stage colour, drawn over the picture.
        javafx.scene.image.WritableImage tile = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> ben.snapshot(null, null)).get();
        int w = (int) tile.getWidth();
        int h = (int) tile.getHeight();
        int stage = 0xFF0F1216;
        assertThat(tile.getPixelReader().getArgb(0, 0)).isEqualTo(stage);
        assertThat(tile.getPixelReader().getArgb(w - 1, 0)).isEqualTo(stage);
        assertThat(tile.getPixelReader().getArgb(w - 1, h - 1)).isEqualTo(stage);
        assertThat(tile.getPixelReader().getArgb(0, h - 1)).isEqualTo(stage);
        assertThat(tile.getPixelReader().getArgb(w / 2, h / 2)).isEqualTo(0xFFCC2200);
    }

    @Test
    void exchangesChatLines() {
        fromSessionThread(() -> session.setParticipants(List.of(ANNA, BEN)));
        harness.robot.clickOn("#chatButton");
        harness.robot.write("Hello Ben").type(KeyCode.ENTER);
        harness.await("the line to be sent", () -> !session.arguments("sendChat").isEmpty());
        assertThat(session.arguments("sendChat")).containsExactly("Hello Ben");

        fromSessionThread(() -> session.receiveChat(BEN.id(), "Ben", "Hi Anna, I can hear you"));
        harness.await("Ben's answer", () -> harness.robot.lookup(".chat-bubble").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("Hi Anna, I can hear you")));
        assertThat(harness.robot.lookup(".chat-bubble").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Hello Ben", "Hi Anna, I can hear you");
    }

    @Test
    void unreadChatIsCountedOnTheChatButton() {
        fromSessionThread(() -> session.receiveChat(BEN.id(), "Ben", "Are we recording?"));
        Label badge = harness.awaitNode("#chatBadge");
        assertThat(badge.getText()).isEqualTo("1");
    }

    @Test
    void admitsSomeoneFromTheLobby() {
        LobbyEntry dana = new LobbyEntry(new LobbyEntryId(42), "Dana", "11111 22222 33333", IdentityState.NEW, false);
        fromSessionThread(() -> session.setLobby(List.of(dana)));
        Label toast = harness.awaitNode("#lobbyToastLabel");
        assertThat(toast.getText()).startsWith("Dana is waiting to join");

        harness.robot.clickOn("#participantsButton");
        Button admit = harness.awaitNode(".lobby-row .success");
        assertThat(admit.getText()).isEqualTo("Admit");
        harness.robot.clickOn(admit);

        assertThat(session.arguments("admit")).containsExactly(new LobbyEntryId(42));
    }

    @Test
    void theBadgeOpensTheSecurityCode() {
        Button badge = harness.robot.lookup("#e2eeBadge").queryButton();
        assertThat(badge.getText()).isEqualTo("Securing…");
        fromSessionThread(() -> session.setE2ee(new E2eeStatus(2, "111112222233333444445555566666", false)));
        harness.await("the badge to turn", () -> badge.getText().equals("End-to-end encrypted"));

        harness.robot.clickOn(badge);

        Label code = harness.awaitNode(".security-code");
        assertThat(code.getText()).isEqualTo("11111  22222  33333\n44444  55555  66666");
    }

    @Test
    void securityWarningsAppearAsBanners() {
        fromSessionThread(() -> session.warn(SecurityWarning.Kind.KEY_CHANGED, "Ben arrived with a different key."));
        harness.awaitNode(".security-banner");
        assertThat(harness.robot.lookup(".banner-title").queryLabeled().getText()).isEqualTo("Identity key changed");
        assertThat(harness.robot.lookup(".banner-text").queryLabeled().getText()).isEqualTo("Ben arrived with a different key.");
    }

    @Test
    void keyboardShortcutsMuteAndStopTheCamera() {
        harness.robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        harness.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        harness.await("both toggles", () -> session.arguments("camera").size() == 1);
        assertThat(session.arguments("microphone")).containsExactly(false);
        assertThat(session.arguments("camera")).containsExactly(false);
    }

    @Test
    void controlsCarryAccessibleNames() {
        assertThat(harness.robot.lookup("#micButton").queryButton().getAccessibleText()).isEqualTo("Mute");
        assertThat(harness.robot.lookup("#leaveButton").queryButton().getAccessibleText()).isEqualTo("Leave");
        assertThat(harness.robot.lookup("#chatButton").queryButton().getAccessibleText()).isEqualTo("Chat, 0 unread");
    }

    @Test
    void leavingAsHostOffersToEndTheMeetingForAll() {
        harness.robot.clickOn("#leaveButton");
        harness.robot.clickOn("End meeting for all");
        harness.awaitNode("#newMeetingButton");
        assertThat(session.actions()).extracting(FakeMeetingSession.Action::name).contains("endForAll", "close");
    }
}
