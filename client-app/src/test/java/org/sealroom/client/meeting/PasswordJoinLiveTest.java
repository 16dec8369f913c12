package org.sealroom.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.meeting.LiveMeetingTest.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;

/**
 * Joining with meeting number and typed password over the real relay (TLS on loopback), and what the relay's
 * capture of it holds: neither the password nor anything that would let its holder test password guesses offline.
 */
class PasswordJoinLiveTest {

    @TempDir
    Path dir;

    private LiveSessionService service(String name) {
        return LiveMeetingTest.service(dir, name);
    }

    private static String address(RunningRelay relay) {
        return "127.0.0.1:" + relay.tcpAddress().getPort();
    }

    private LiveMeetingSession host(RunningRelay relay) throws Exception {
        return service("alice").host(new HostOptions("Alice", "Number join", Optional.of(address(relay)), false, true,
                MediaOptions.NONE));
    }

    private LiveMeetingSession joinByNumber(RunningRelay relay, LiveMeetingSession host, String name, String password)
            throws Exception {
        return service(name).join(new JoinOptions(name, Optional.empty(), Optional.of(address(relay)),
                Optional.of(host.info().meetingNumber()), Optional.of(password), MediaOptions.NONE));
    }

    @Test
    void theRightPasswordJoinsWithAMatchingSecurityCodeAndTheCaptureHoldsNothingToGuessWith() throws Exception {
        Path capture = dir.resolve("capture");
        String password;
        try (RunningRelay relay = RelayServer.start(RelayConfig.loopbackEphemeral().dataDir(dir.resolve("relay"))
                .captureDir(capture).build());
             LiveMeetingSession alice = host(relay)) {
            password = alice.info().password().orElseThrow();
            assertThat(password).matches("[" + MeetingPassword.ALPHABET + "]{8}");
            assertThat(alice.info().meetingNumber()).matches("[0-9]{9}");
            try (LiveMeetingSession bob = joinByNumber(relay, alice, "Bob",
                    password.substring(0, 4).toLowerCase() + "-" + password.substring(4))) {
                await(() -> alice.lobby().size() == 1);
                LobbyEntry entry = alice.lobby().get(0);
                assertThat(entry.displayName()).isEqualTo("Bob");
                assertThat(entry.joinedWithPassword()).isTrue();
                alice.admit(entry.id());
                await(() -> bob.phase() == SessionPhase.IN_MEETING && alice.participants().size() == 2);
                await(() -> bob.e2ee().epoch() == alice.e2ee().epoch());
                assertThat(bob.e2ee().securityCode()).isEqualTo(alice.e2ee().securityCode());
                assertThat(bob.e2ee().joinedWithPassword()).isTrue();
                assertThat(alice.e2ee().joinedWithPassword()).isFalse();
                await(() -> {
                    bob.sendChat("hello by number");
                    return alice.chatLog().stream().anyMatch(c -> c.text().equals("hello by number"));
                });
            }
        }
        byte[] captured = readAll(capture);
        assertThat(captured.length).isGreaterThan(1_000);
        for (byte[] derived : passwordDerivedBytes(password)) {
            assertThat(HostileRelayTest.indexOf(captured, derived)).as("capture contains %s", HexFormat.of().formatHex(derived))
                    .isEqualTo(-1);
        }
    }

    @Test
    void aWrongPasswordIsToldToTheJoinerAndNeverAdmitted() throws Exception {
        try (RunningRelay relay = RelayServer.start(RelayConfig.loopbackEphemeral().dataDir(dir.resolve("relay"))
                .build());
             LiveMeetingSession alice = host(relay)) {
            String wrong = alice.info().password().orElseThrow().equals("22222222") ? "33333333" : "22222222";
            AtomicReference<String> reason = new AtomicReference<>();
            try (LiveMeetingSession mallory = joinByNumber(relay, alice, "Mallory", wrong)) {
                mallory.addListener(new SessionListener() {
                    @Override
                    public void phaseChanged(SessionPhase phase, String why) {
                        reason.set(why);
                    }
                });
                await(() -> mallory.phase() == SessionPhase.DENIED);
                await(() -> reason.get() != null);
                assertThat(reason.get()).isEqualTo("The password is wrong.");
                await(() -> alice.peer().failedPasswordGuesses() == 1);
                assertThat(alice.lobby()).isEmpty();
                assertThat(alice.participants()).hasSize(1);
            }
        }
    }

    /**
     * Every value a relay could check a guess against if the protocol leaked it: the password itself (as typed and
     * normalized, in UTF-8 and UTF-16) and its plain hashes. CPace messages are X25519 shares on a password-derived
     * generator and tags under the shared key; without a participant's secret scalar they give no offline test.
     */
    private static List<byte[]> passwordDerivedBytes(String password) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (String form : List.of(password, password.toLowerCase())) {
            out.add(form.getBytes(StandardCharsets.UTF_8));
            out.add(form.getBytes(StandardCharsets.UTF_16BE));
            for (String hash : List.of("SHA-1", "SHA-256", "SHA-512")) {
                byte[] digest = MessageDigest.getInstance(hash).digest(form.getBytes(StandardCharsets.UTF_8));
                out.add(digest);
                out.add(HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out;
    }

    private static byte[] readAll(Path capture) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var files = Files.list(capture)) {
            for (Path file : files.toList()) {
                bytes.writeBytes(Files.readAllBytes(file));
            }
        }
        return bytes.toByteArray();
    }
}
