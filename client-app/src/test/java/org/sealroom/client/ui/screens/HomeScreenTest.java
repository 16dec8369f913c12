package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.FakeMeetingSession;

/** Drives the real home screen headless: the join form's validation, then joining through the waiting room. */
class HomeScreenTest {

    private static final String LINK = "sealroom://relay.example.org/482193057#v1.Qm9iZmluZ2VycHJpbnQ.c2VjcmV0";

    @TempDir Path config;
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new AppHarness(config, Settings.DEFAULTS.withDisplayName("Anna"), FakeIdentityService.loaded());
        harness.awaitNode("#joinButton");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void explainsABadLinkAndJoinsWithAGoodOneThroughTheWaitingRoom() {
        FakeMeetingSession session =
                new FakeMeetingSession(FakeMeetingSession.info("Planning", false), SessionPhase.WAITING_IN_LOBBY);
        harness.sessions.onJoin(options -> session);

        harness.robot.clickOn("#linkField").write("https://example.org/meet");
        Label problem = harness.awaitNode("#joinProblemLabel");
        assertThat(problem.getText()).isEqualTo("An invitation link starts with sealroom://");
        harness.robot.clickOn("#joinButton");
        assertThat(harness.sessions.joined).isEmpty();

        harness.robot.interact(() -> harness.robot.lookup("#linkField").queryAs(TextField.class).setText(LINK));
        assertThat(harness.showing("#joinProblemLabel")).isFalse();
        harness.robot.clickOn("#joinButton");

        Label headline = harness.awaitNode("#headlineLabel");
        assertThat(headline.getText()).isEqualTo("Waiting for the host to let you in");
        assertThat(harness.sessions.joined).singleElement().satisfies(o -> assertThat(o.link()).contains(LINK));

        session.setPhase(SessionPhase.IN_MEETING, "");
        harness.awaitNode("#micButton");
        assertThat(harness.robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Planning");
    }

    @Test
    void meetingNumberFormNeedsDigitsAndAPassword() {
        harness.robot.clickOn("#byNumberToggle");
        harness.robot.clickOn("#numberField").write("48a");
        Label problem = harness.awaitNode("#joinProblemLabel");
        assertThat(problem.getText()).startsWith("A meeting number has only digits");

        harness.robot.interact(() -> harness.robot.lookup("#numberField").queryAs(TextField.class).setText("482 193 057"));
        assertThat(problem.getText()).isEqualTo("Enter the meeting password.");
        harness.robot.clickOn("#passwordField").write("K7P-29Q");
        harness.await("the problem label to go", () -> !harness.showing("#joinProblemLabel"));
        assertThat(harness.robot.lookup("#joinButton").query().isDisabled()).isFalse();
    }

    @Test
    void aFailedJoinShowsTheReasonAndStaysHome() {
        harness.sessions.onJoin(options -> {
            throw new org.sealroom.client.session.SessionException("The relay cannot be reached.");
        });
        harness.robot.interact(() -> harness.robot.lookup("#linkField").queryAs(TextField.class).setText(LINK));
        harness.robot.clickOn("#joinButton");
        Label error = harness.awaitNode("#errorLabel");
        assertThat(error.getText()).isEqualTo("The relay cannot be reached.");
        assertThat(harness.showing("#joinButton")).isTrue();
    }
}
