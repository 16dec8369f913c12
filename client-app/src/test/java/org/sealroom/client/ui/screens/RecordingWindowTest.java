package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.fakes.FakeMeetingSession;

/**
 * Drives the meeting window's recording headless: the recording panel (file, start, pause, resume, stop, elapsed
 * time), the banner everyone sees while someone records, and the marker in the participant list.
 */
class RecordingWindowTest {

    @TempDir Path config;
    private AppHarness harness;
    private FakeMeetingSession session;

    @BeforeEach
    void hostAMeeting() throws Exception {
        session = new FakeMeetingSession(FakeMeetingSession.info("Planning", true), SessionPhase.IN_MEETING);
        session.setParticipants(List.of(FakeMeetingSession.person(1, "Anna", Role.HOST, true),
                FakeMeetingSession.person(2, "Ben", Role.MEMBER, false)));
        harness = AppHarness.hosting(config, session);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private String banner() {
        return harness.robot.lookup("#recordingBanner").queryAs(Label.class).getText();
    }

    private boolean bannerShown() {
        return harness.robot.lookup(".recording-pill").tryQuery().filter(Node::isVisible).isPresent();
    }

    @Test
    void thePanelStartsPausesResumesAndStopsARecordingAndTheBannerShowsIt() {
        assertThat(bannerShown()).isFalse();
        harness.robot.clickOn("#recordButton");
        TextField file = harness.awaitNode("#recordingFile");
        assertThat(file.getText()).endsWith("Sealroom 2026-11-29 10-00 Planning.webm");
        Path target = config.resolve("team call.webm");
        harness.robot.interact(() -> file.setText(target.toString()));

        harness.robot.clickOn("#recordingStart");
        harness.await("recording", () -> bannerShown() && banner().equals("This meeting is being recorded by you"));
        assertThat(session.recording().actions()).containsExactly("start " + target);
        assertThat(harness.robot.lookup("#recordingStatus").queryAs(Label.class).getText()).isEqualTo("Recording");
        assertThat(harness.robot.lookup("#recordingElapsed").queryAs(Label.class).getText()).isEqualTo("1:05");
        assertThat(file.isDisabled()).isTrue();

        harness.robot.clickOn("#recordingPause");
        harness.await("paused", () -> banner().equals("This meeting is being recorded by you (paused)"));
        assertThat(harness.robot.lookup("#recordingPause").queryButton().getText()).isEqualTo("Resume");
        harness.robot.clickOn("#recordingPause");
        harness.await("resumed", () -> banner().equals("This meeting is being recorded by you"));

        harness.robot.clickOn("#recordingStop");
        harness.await("stopped", () -> !bannerShown());
        assertThat(session.recording().actions()).containsExactly("start " + target, "pause", "resume", "stop");
        assertThat(harness.robot.lookup("#recordingStart").queryButton().isVisible()).isTrue();
    }

    @Test
    void everyoneSeesWhoElseIsRecordingInTheBannerAndTheParticipantList() {
        LocalRecording.Recorder ben = new LocalRecording.Recorder(new ParticipantId(2), "Ben", false, false);
        CompletableFuture.runAsync(() -> session.recording().othersRecording(List.of(ben))).join();
        harness.await("Ben's banner", () -> bannerShown() && banner().equals("This meeting is being recorded by Ben"));

        harness.robot.clickOn("#participantsButton");
        Label marker = harness.awaitNode(".recording-marker");
        assertThat(marker.getText()).isEqualTo("Recording");
        assertThat(harness.robot.lookup(".recording-marker").queryAll()).hasSize(1);

        CompletableFuture.runAsync(() -> session.recording().othersRecording(List.of())).join();
        harness.await("banner gone", () -> !bannerShown()
                && harness.robot.lookup(".recording-marker").queryAll().isEmpty());
    }
}
