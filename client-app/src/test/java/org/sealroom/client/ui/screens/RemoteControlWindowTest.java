package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteControlStatus.Mode;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.FakeRemoteControl;
import org.sealroom.client.ui.fakes.TestFrames;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.video.VideoKey;
import org.sealroom.client.ui.meeting.video.VideoTile;

/**
 * Remote control in the real meeting window, headless: the sharer's approval card (Deny is the default, so Enter
 * refuses), the banner with its Stop button and key; the viewer's Request control, the strip, input from the shared
 * screen's tile as picture fractions, and Escape to release.
 */
class RemoteControlWindowTest {

    private static final ParticipantInfo ANNA = FakeMeetingSession.person(1, "Anna", Role.HOST, true);
    private static final ParticipantInfo BEN = FakeMeetingSession.person(2, "Ben", Role.MEMBER, false);
    private static final ParticipantInfo BEN_SHARING = new ParticipantInfo(BEN.id(), "Ben", Role.MEMBER,
            IdentityState.NEW, BEN.safetyNumber(), false, true, true, false, true, false);

    @TempDir Path config;
    private AppHarness harness;
    private FakeMeetingSession session;
    private final FakeRemoteControl control = new FakeRemoteControl();

    @BeforeEach
    void hostAMeeting() throws Exception {
        session = new FakeMeetingSession(FakeMeetingSession.info("Planning", true), SessionPhase.IN_MEETING);
        session.setRemoteControl(control);
        session.setParticipants(List.of(ANNA));
        harness = AppHarness.hosting(config, "Anna", session);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private static void fromSessionThread(Runnable event) {
        CompletableFuture.runAsync(event).join();
    }

    private void request(long id) {
        RemoteControlRequest asked = new RemoteControlRequest(BEN.id(), "Ben", id);
        control.addRequest(asked);
        fromSessionThread(() -> session.remoteControlEvent(l -> l.remoteControlRequested(asked)));
    }

    private void status(RemoteControlStatus now) {
        control.setStatus(now);
        fromSessionThread(() -> session.remoteControlEvent(l -> l.remoteControlChanged(now)));
    }

    @Test
    void theSharerAnswersEachRequestAndStopsControlFromTheBannerOrByKey() {
        fromSessionThread(() -> session.setParticipants(List.of(ANNA, BEN)));
        request(1);
        Label title = harness.awaitNode(".remote-request-title");
        assertThat(title.getText()).isEqualTo("Ben asks to control your shared screen");
        Button deny = harness.robot.lookup(".remote-deny").queryAs(Button.class);
        assertThat(deny.isDefaultButton()).as("Enter must refuse, never grant").isTrue();
        harness.await("the Deny button to take the focus", deny::isFocused);
        harness.robot.type(KeyCode.ENTER);
        harness.await("the answer", () -> !control.actions().isEmpty());
        assertThat(control.actions()).containsExactly("deny Ben");
        harness.await("the card to go", () -> !harness.robot.lookup(".remote-request").query().isVisible());

        request(2);
        harness.awaitNode(".remote-allow");
        harness.robot.clickOn(".remote-allow");
        harness.await("the approval", () -> control.actions().size() == 2);
        assertThat(control.actions()).containsExactly("deny Ben", "approve Ben");

        status(RemoteControlStatus.with(Mode.CONTROLLED, BEN.id(), "Ben"));
        harness.awaitNode(".remote-control-banner");
        assertThat(harness.robot.lookup(".remote-banner-title").queryAs(Label.class).getText())
                .isEqualTo("Ben is controlling your screen");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        harness.robot.clickOn(".remote-stop");
        harness.await("the stop", () -> control.actions().contains("stop"));

        harness.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT,
                KeyCode.CONTROL);
        harness.await("the stop key", () -> control.actions().stream().filter("stop"::equals).count() == 2);

        status(RemoteControlStatus.idle("control was taken back"));
        harness.await("the banner to go", () -> !harness.robot.lookup(".remote-control-banner").query().isVisible());
    }

    @Test
    void theViewerRequestsControlsTheSharedTileAndReleasesWithEscape() {
        fromSessionThread(() -> session.setParticipants(List.of(ANNA, BEN_SHARING)));
        MeetingView view = (MeetingView) harness.navigator().current();
        harness.await("Ben's screen tile", () -> view.videoStage().tile(VideoKey.screen(BEN.id())) != null);
        fromSessionThread(() -> session.deliverFrame(BEN.id(), TestFrames.screen(1280, 720, 1)));
        harness.await("Ben's screen", () -> {
            VideoTile tile = view.videoStage().tile(VideoKey.screen(BEN.id()));
            return tile != null && tile.pictureBounds().isPresent();
        });

        harness.robot.clickOn((javafx.scene.Node) harness.awaitNode(".remote-request-button"));
        harness.await("the request", () -> !control.actions().isEmpty());
        assertThat(control.actions()).containsExactly("request #2");

        status(RemoteControlStatus.with(Mode.CONTROLLING, BEN.id(), "Ben"));
        harness.await("the strip", () -> harness.robot.lookup(".remote-strip .label").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("You are controlling Ben’s screen")));
        VideoTile tile = view.videoStage().tile(VideoKey.screen(BEN.id()));
        Bounds picture = tile.localToScreen(tile.pictureBounds().orElseThrow());
        harness.robot.moveTo(new javafx.geometry.Point2D(picture.getMinX() + picture.getWidth() * 0.25,
                picture.getMinY() + picture.getHeight() * 0.75));
        harness.await("a pointer move", () -> control.sent().stream().anyMatch(RemoteInput.PointerMove.class::isInstance));
        RemoteInput.PointerMove move = control.sent().stream().filter(RemoteInput.PointerMove.class::isInstance)
                .map(RemoteInput.PointerMove.class::cast).toList().getLast();
        assertThat(move.x()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.01));
        assertThat(move.y()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));

        harness.robot.clickOn(tile);
        harness.robot.type(KeyCode.A);
        harness.await("the key", () -> control.sent().contains(new RemoteInput.Key("A", false)));
        assertThat(control.sent()).contains(new RemoteInput.Key("A", true));
        assertThat(control.sent()).filteredOn(RemoteInput.PointerButton.class::isInstance).hasSize(2);

        harness.robot.type(KeyCode.ESCAPE);
        harness.await("the release", () -> control.actions().contains("stop"));
        assertThat(control.sent()).noneMatch(e -> e instanceof RemoteInput.Key k && k.key().equals("ESCAPE"));
    }
}
