package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.identity.KeyFileIdentityService;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.SessionService;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.ui.fakes.FakeDeviceService;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.KeyFileParameters;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;

/**
 * The real app with the real session layer, end to end: host a meeting from the home screen (embedded relay, real
 * TLS and E2EE), a headless client joins by the link, the host admits it from the lobby panel, sees its tile, they
 * exchange chat, and the security code on screen matches the headless client's.
 */
class LiveMeetingAppTest {

    @TempDir
    Path dir;

    private AppHarness harness;
    private LiveMeetingSession bob;

    /** Hands the UI the real service and keeps the session it started, to read the join link as the user would copy it. */
    private static final class Capturing implements SessionService {
        final SessionService real;
        final AtomicReference<MeetingSession> hosted = new AtomicReference<>();

        Capturing(SessionService real) {
            this.real = real;
        }

        @Override
        public MeetingSession host(HostOptions options) throws SessionException {
            MeetingSession session = real.host(new HostOptions(options.displayName(), options.title(),
                    options.relayAddress(), options.autoAdmit(), options.allowPasswordJoin(), MediaOptions.NONE));
            hosted.set(session);
            return session;
        }

        @Override
        public MeetingSession join(JoinOptions options) throws SessionException {
            return real.join(options);
        }
    }

    private LiveSessionService service(String name, LiveSessionService.IdentitySource identity) {
        Path data = dir.resolve(name);
        return new LiveSessionService(new LiveSessionService.Environment(identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.open(data.resolve("contacts.json")),
                KeyLog.NONE, RelayClientConfig.MediaPolicy.AUTO));
    }

    @AfterEach
    void stop() throws Exception {
        if (bob != null) {
            bob.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void hostAdmitsAHeadlessJoinerChatsAndSeesTheSameSecurityCode() throws Exception {
        KeyFileIdentityService identity = new KeyFileIdentityService(dir.resolve("anna-config"),
                new KeyFileParameters(8 * 1024, 1, 1));
        identity.create(Optional.empty());
        Capturing sessions = new Capturing(service("anna", identity::keyPair));
        harness = new AppHarness(dir.resolve("anna-settings"), Settings.DEFAULTS.withDisplayName("Anna"),
                new ClientServices(sessions, identity, new FakeDeviceService()));

        harness.awaitNode("#newMeetingButton");
        harness.robot.clickOn("#newMeetingButton");
        harness.awaitNode("#micButton");
        harness.await("the meeting to be hosted", () -> sessions.hosted.get() != null);

        IdentityKeyPair bobKey = IdentityKeyPair.generate();
        bob = service("bob", () -> bobKey).join(JoinOptions.byLink("Bob", sessions.hosted.get().info().joinLink(),
                MediaOptions.NONE));

        harness.awaitNode("#lobbyToastLabel");
        harness.robot.clickOn("#participantsButton");
        Button admit = harness.awaitNode(".lobby-row .success");
        harness.robot.clickOn(admit);
        harness.await("Bob's tile", () -> tileNames().contains("Bob"));
        assertThat(bob.phase()).isEqualTo(SessionPhase.IN_MEETING);

        harness.robot.clickOn("#chatButton");
        harness.robot.write("Hello Bob").type(KeyCode.ENTER);
        harness.await("Bob to read it", () -> bob.chatLog().stream().anyMatch(c -> c.text().equals("Hello Bob")));
        bob.sendChat("Hi Anna, all encrypted");
        harness.await("Bob's answer on screen", () -> harness.robot.lookup(".chat-bubble").queryAllAs(Label.class)
                .stream().anyMatch(label -> label.getText().equals("Hi Anna, all encrypted")));

        harness.await("the epoch with Bob", () -> sessions.hosted.get().e2ee().epoch() == bob.e2ee().epoch());
        Button badge = harness.robot.lookup("#e2eeBadge").queryButton();
        harness.robot.clickOn(badge);
        Label code = harness.awaitNode(".security-code");
        harness.await("the code of the epoch with Bob",
                () -> digits(code.getText()).equals(digits(bob.e2ee().securityCode())));
        assertThat(digits(code.getText())).hasSize(30);
    }

    private Set<String> tileNames() {
        return harness.robot.lookup(".tile-name").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).collect(Collectors.toSet());
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
