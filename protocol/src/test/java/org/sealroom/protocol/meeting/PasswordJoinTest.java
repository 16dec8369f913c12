package org.sealroom.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.protocol.meeting.Recorder.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.crypto.pake.PasswordSecret;

/**
 * Joining with a meeting number and a typed password (docs/protocol.md 2.1): CPace with the host from the relay
 * room's lobby, then the same checks as a link joiner; wrong passwords are counted and lock the meeting after ten.
 */
class PasswordJoinTest {

    private static final String ROOM = "room-with-a-number";
    private static final String PASSWORD = "K7P29QXM";

    private final LoopbackRoom room = new LoopbackRoom();
    private final MeetingSecret secret = MeetingSecret.generate();
    private final IdentityKeyPair alice = IdentityKeyPair.generate();
    private final Map<Integer, Recorder> recorders = new HashMap<>();

    @AfterEach
    void closeAll() {
        List.copyOf(recorders.keySet()).forEach(room::leave);
    }

    private int host(boolean autoAdmit) {
        MeetingConfig config = MeetingConfig.host(ROOM, "Alice", alice, secret, autoAdmit)
                .withPassword(password(PASSWORD)).withTimings(Duration.ofMillis(50), Duration.ofMillis(300),
                        Duration.ofMinutes(10), Duration.ofMillis(500));
        Recorder recorder = new Recorder();
        int id = room.join(outbox -> peer(config, outbox, recorder));
        recorders.put(id, recorder);
        return id;
    }

    private int passwordJoiner(String name, String typed) {
        MeetingConfig config = MeetingConfig.passwordJoiner(ROOM, name, IdentityKeyPair.generate(), password(typed))
                .withTimings(Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofMinutes(10),
                        Duration.ofMillis(500));
        Recorder recorder = new Recorder();
        int id = room.joinLobby(outbox -> peer(config, outbox, recorder));
        recorders.put(id, recorder);
        return id;
    }

    private static MeetingPeer peer(MeetingConfig config, MeetingOutbox outbox, Recorder recorder) {
        MeetingPeer peer = MeetingPeer.create(config, outbox);
        peer.addListener(recorder);
        return peer;
    }

    private static PasswordSecret password(String typed) {
        try {
            return PasswordSecret.fromTypedPassword(typed);
        } catch (org.sealroom.crypto.pake.InvalidPasswordException e) {
            throw new AssertionError(e);
        }
    }

    private Recorder rec(int id) {
        return recorders.get(id);
    }

    private long warnings(int id, MeetingWarning.Kind kind) {
        return rec(id).warnings.stream().filter(w -> w.kind() == kind).count();
    }

    @Test
    void theRightPasswordLeadsToTheLobbyAndAdmissionWithTheSameSecurityCode() {
        int a = host(false);
        int b = passwordJoiner("Bob", PASSWORD);
        await("Bob's request reaches the host's lobby", () -> rec(a).lobby.size() == 1);
        LobbyRequest request = rec(a).lobby.get(0);
        assertThat(request.request().displayName()).isEqualTo("Bob");
        assertThat(request.request().viaPassword()).isTrue();
        assertThat(room.peer(b).phase()).isEqualTo(MeetingPeer.Phase.IN_LOBBY);
        assertThat(room.inLobby(b)).isTrue();

        room.peer(a).admit(request.lobbyId());
        await("Bob is a member", () -> rec(b).latestSize() == 2 && rec(a).latestSize() == 2);
        await("same epoch", () -> rec(a).latest().epoch().equals(rec(b).latest().epoch()));
        assertThat(room.inLobby(b)).as("the host promoted Bob at the relay").isFalse();
        assertThat(rec(b).latest().securityCode()).isEqualTo(rec(a).latest().securityCode());
        assertThat(rec(b).latest().host().identity()).isEqualTo(alice.publicKey());
        assertThat(room.peer(b).joinedWithPassword()).isTrue();
        assertThat(room.peer(a).failedPasswordGuesses()).isZero();

        await("Bob's chat reaches Alice", () -> {
            room.peer(b).sendData(DataType.CHAT, "hello".getBytes(StandardCharsets.UTF_8));
            return !rec(a).chats.isEmpty();
        });
    }

    @Test
    void aWrongPasswordIsRefusedAndCounted() {
        int a = host(true);
        int b = passwordJoiner("Mallory", "K7P29QXN");
        await("Mallory is told", () -> rec(b).passwordRefused != null);
        assertThat(rec(b).passwordRefused).isEqualTo("The password is wrong.");
        assertThat(room.peer(b).phase()).isEqualTo(MeetingPeer.Phase.PASSWORD_REFUSED);
        await("the host counted one failed guess", () -> warnings(a, MeetingWarning.Kind.PASSWORD_GUESS_FAILED) == 1);
        assertThat(room.peer(a).failedPasswordGuesses()).isEqualTo(1);
        assertThat(rec(b).epochs).isEmpty();
        assertThat(rec(a).latestSize()).isEqualTo(1);
        assertThat(room.peer(b).joinedWithPassword()).isFalse();
        await("the host removes Mallory from the relay's lobby", () -> room.peer(b) == null);
    }

    @Test
    void anAbandonedRunCountsAsAFailedGuess() {
        int a = host(true);
        // The relay drops the joiner's confirmation: the host never sees a valid tag.
        room.tamper = sent -> sent.payload()[0] == PayloadKind.PAKE.code() && sent.payload()[1] == 3 ? null : sent;
        int b = passwordJoiner("Bob", PASSWORD);
        await("the host answered", () -> room.log.stream().anyMatch(s -> s.from() == a && s.to() == b));
        room.leave(b);
        recorders.remove(b);
        await("the host counted it", () -> room.peer(a).failedPasswordGuesses() == 1);
    }

    @Test
    void tenFailuresLockPasswordJoinsEvenForTheRightPassword() {
        int a = host(true);
        for (int i = 0; i < PasswordGuard.MAX_FAILURES; i++) {
            int guess = passwordJoiner("Guess " + i, "WRONG" + i);
            await("guess " + i + " refused", () -> rec(guess).passwordRefused != null);
            room.leave(guess);
            recorders.remove(guess);
        }
        await("locked", () -> rec(a).warned(MeetingWarning.Kind.PASSWORD_JOIN_LOCKED));
        assertThat(room.peer(a).failedPasswordGuesses()).isEqualTo(PasswordGuard.MAX_FAILURES);

        int late = passwordJoiner("Bob", PASSWORD);
        await("Bob is refused", () -> rec(late).passwordRefused != null);
        assertThat(rec(late).passwordRefused).contains("no longer accepts");
        assertThat(rec(late).epochs).isEmpty();
        assertThat(warnings(a, MeetingWarning.Kind.PASSWORD_JOIN_LOCKED)).isEqualTo(1);
    }

    @Test
    void theWireCarriesNeitherThePasswordNorTheMeetingSecret() {
        int a = host(true);
        int b = passwordJoiner("Bob", PASSWORD);
        await("Bob is admitted", () -> rec(b).latestSize() == 2);
        String wire = room.log.stream().map(s -> new String(s.payload(), StandardCharsets.ISO_8859_1))
                .reduce("", String::concat);
        assertThat(wire).doesNotContain(PASSWORD)
                .doesNotContain(secret.toLinkForm(org.sealroom.crypto.InsecureSecretKeyAccess.get()))
                .doesNotContain(alice.publicKey().fingerprint().compact());
        assertThat(rec(a).latest().roster().member(a)).isPresent();
    }
}
