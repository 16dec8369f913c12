package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.ui.screens.AppHarness.fromSessionThread;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.Direction;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.video.VideoKey;

/** The meeting window's polls and files panels, reactions and raised hands, driven headless. */
class CollaborationPanelsTest {

    private static final ParticipantInfo ANNA = FakeMeetingSession.person(1, "Anna", Role.HOST, true);
    private static final ParticipantInfo BEN = FakeMeetingSession.person(2, "Ben", Role.MEMBER, false);

    @TempDir Path config;
    private AppHarness harness;
    private FakeMeetingSession session;

    @BeforeEach
    void hostAMeeting() throws Exception {
        session = new FakeMeetingSession(FakeMeetingSession.info("Planning", true), SessionPhase.IN_MEETING);
        session.setParticipants(List.of(ANNA, BEN));
        harness = AppHarness.hosting(config, session);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }


    @Test
    void theHostStartsAPollVotesInAnotherAndClosesItsOwn() {
        harness.robot.clickOn("#pollsButton");
        harness.robot.clickOn((Node) harness.awaitNode("#pollQuestion")).write("Lunch?");
        harness.robot.clickOn("#pollOption1").write("Pizza");
        harness.robot.clickOn("#pollOption2").write("Sushi");
        harness.robot.clickOn("#pollStart");
        harness.await("the poll to start", () -> !session.arguments("createPoll").isEmpty());
        assertThat(session.arguments("createPoll")).containsExactly(
                new PollDraft("Lunch?", List.of("Pizza", "Sushi"), false, false));

        PollDraft draft = new PollDraft("Lunch?", List.of("Pizza", "Sushi"), false, false);
        PollView mine = new PollView(new PollId("mine"), ANNA.id(), "Anna", draft, true, 3, Set.of(),
                Optional.of(List.of(1, 2)), Optional.of(List.of(List.of("Ben"), List.of("Clara", "Dan"))), true);
        PollView bens = new PollView(new PollId("cohost"), BEN.id(), "Ben",
                new PollDraft("Next week?", List.of("Monday", "Tuesday"), false, true), true, 0, Set.of(),
                Optional.empty(), Optional.empty(), false);
        fromSessionThread(() -> session.setPolls(List.of(mine, bens)));
        harness.await("two poll cards", () -> harness.robot.lookup(".poll-card").queryAll().size() == 2);
        assertThat(harness.robot.lookup(".poll-bar").queryAllAs(ProgressBar.class)).extracting(ProgressBar::getProgress)
                .containsExactly(1 / 3.0, 2 / 3.0);
        assertThat(labels()).contains("Clara, Dan");

        harness.robot.clickOn(harness.robot.lookup(".poll-choice").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getText().equals("Tuesday")).findFirst().orElseThrow());
        harness.robot.clickOn(".poll-vote");
        harness.await("the vote", () -> !session.arguments("vote").isEmpty());
        assertThat(session.arguments("vote")).containsExactly("cohost=[1]");

        javafx.scene.control.Button close = harness.robot.lookup(".poll-close").queryButton();
        harness.robot.interact(close::fire); // below the fold of the scrolling panel
        harness.await("the close", () -> !session.arguments("closePoll").isEmpty());
        assertThat(session.arguments("closePoll")).containsExactly("mine");
    }

    @Test
    void anOfferIsAcceptedAndASavedFileIsShownByPathNeverOpened() {
        harness.robot.clickOn("#filesButton");
        FileTransferId id = new FileTransferId("7d3f0a52-4a38-4f0e-9f0e-3c1d2a1b0c9d");
        FileTransferView offer = new FileTransferView(id, Direction.INCOMING, BEN.id(), "Ben", "slides.pdf", 3_000_000,
                0, State.OFFERED, Optional.empty(), Optional.empty());
        fromSessionThread(() -> session.setFiles(List.of(offer)));
        harness.robot.clickOn((Node) harness.awaitNode(".file-accept"));
        harness.await("the accept", () -> !session.arguments("acceptFile").isEmpty());
        assertThat(session.arguments("acceptFile")).containsExactly(id.value());

        FileTransferView halfway = new FileTransferView(id, Direction.INCOMING, BEN.id(), "Ben", "slides.pdf",
                3_000_000, 1_500_000, State.TRANSFERRING, Optional.empty(), Optional.empty());
        fromSessionThread(() -> session.setFiles(List.of(halfway)));
        ProgressBar progress = harness.awaitNode(".file-progress");
        assertThat(progress.getProgress()).isEqualTo(0.5);

        Path saved = Path.of("/home/anna/Downloads/slides.pdf");
        fromSessionThread(() -> session.setFiles(List.of(new FileTransferView(id, Direction.INCOMING, BEN.id(), "Ben",
                "slides.pdf", 3_000_000, 3_000_000, State.COMPLETE, Optional.of(saved), Optional.empty()))));
        TextField path = harness.awaitNode(".file-saved");
        assertThat(path.getText()).isEqualTo(saved.toString());
        assertThat(path.isEditable()).isFalse();
        assertThat(harness.robot.lookup(".file-cancel").tryQuery()).isEmpty();
    }

    @Test
    void theChosenDownloadsFolderIsRememberedForTheNextMeeting() {
        Path chosen = Path.of("/home/anna/Meeting files");
        MeetingView view = (MeetingView) harness.navigator().current();
        harness.robot.interact(() -> view.viewModel().files().setDownloadDirectory(chosen));
        assertThat(session.files().downloadDirectory()).isEqualTo(chosen);
        harness.await("the folder to be saved", () -> harness.settings.current().downloadFolderPath()
                .equals(Optional.of(chosen)));

        FakeMeetingSession next = new FakeMeetingSession(FakeMeetingSession.info("Retro", true),
                SessionPhase.IN_MEETING);
        next.setParticipants(List.of(ANNA));
        harness.robot.interact(() -> harness.navigator().showMeeting(next));
        assertThat(next.files().downloadDirectory()).isEqualTo(chosen);
    }

    @Test
    void reactionsShowOnTheSendersTileAndHandsInTheToolbarAndParticipantList() {
        harness.robot.clickOn("#reactButton");
        clickMenuItem(Reaction.CLAP.emoji() + "  Applause");
        harness.await("the reaction", () -> !session.arguments("reaction").isEmpty());
        assertThat(session.arguments("reaction")).containsExactly(Reaction.CLAP);

        fromSessionThread(() -> session.receiveReaction(BEN.id(), "Ben", Reaction.HEART));
        MeetingView view = (MeetingView) harness.navigator().current();
        harness.await("Ben's heart", () -> view.videoStage().tile(VideoKey.camera(BEN.id())).shownReaction()
                .equals(Optional.of(Reaction.HEART.emoji())));

        harness.robot.clickOn("#reactButton");
        clickMenuItem("Raise hand");
        harness.await("the raised hand", () -> !session.arguments("hand").isEmpty());
        assertThat(session.arguments("hand")).containsExactly(true);

        ParticipantInfo benWithHand = new ParticipantInfo(BEN.id(), "Ben", Role.MEMBER, BEN.identity(),
                BEN.safetyNumber(), false, true, true, false, false, true);
        fromSessionThread(() -> session.setParticipants(List.of(ANNA, benWithHand)));
        harness.robot.clickOn("#participantsButton");
        harness.awaitNode(".hand-icon");
    }

    private List<String> labels() {
        return harness.robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Menu items live in a popup window: find the one with {@code text} and fire it. */
    private void clickMenuItem(String text) {
        harness.await("the menu item " + text, () -> menuItem(text).isPresent());
        MenuItem item = menuItem(text).orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        harness.await("the menu to act", () -> true);
    }

    private static Optional<MenuItem> menuItem(String text) {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu)
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst();
    }
}
