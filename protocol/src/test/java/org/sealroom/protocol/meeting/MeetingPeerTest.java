package org.sealroom.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.protocol.meeting.Recorder.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;

/**
 * The meeting protocol between real peers over an in-memory room whose routing a test can tamper with, as a hostile
 * relay would.
 */
class MeetingPeerTest {

    private static final String ROOM = "482193057";

    private final LoopbackRoom room = new LoopbackRoom();
    private final MeetingSecret secret = MeetingSecret.generate();
    private final IdentityKeyPair alice = IdentityKeyPair.generate();
    private final Map<Integer, Recorder> recorders = new HashMap<>();

    @AfterEach
    void closeAll() {
        recorders.keySet().forEach(room::leave);
    }

    private int host(boolean autoAdmit) {
        MeetingConfig config = MeetingConfig.host(ROOM, "Alice", alice, secret, autoAdmit).withTimings(
                Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofMinutes(10), Duration.ofMillis(500));
        return add(config);
    }

    private int joiner(String name) {
        return joiner(name, secret, IdentityKeyPair.generate());
    }

    private int joiner(String name, MeetingSecret secretUsed, IdentityKeyPair identity) {
        MeetingConfig config = MeetingConfig.joiner(ROOM, name, identity, secretUsed, alice.publicKey().fingerprint())
                .withTimings(Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofMinutes(10),
                        Duration.ofMillis(500));
        return add(config);
    }

    private int add(MeetingConfig config) {
        Recorder recorder = new Recorder();
        int id = room.join(outbox -> {
            MeetingPeer peer = MeetingPeer.create(config, outbox);
            peer.addListener(recorder);
            return peer;
        });
        recorders.put(id, recorder);
        return id;
    }

    private Recorder rec(int id) {
        return recorders.get(id);
    }

    private void awaitMembers(int size, int... ids) {
        for (int id : ids) {
            await("#" + id + " sees " + size + " members", () -> rec(id).latestSize() == size);
        }
    }

    private void chat(int from, String text) {
        room.peer(from).sendData(DataType.CHAT, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void admittedJoinerSharesTheSecurityCodeWithTheHost() {
        int a = host(false);
        int b = joiner("Bob");
        await("Bob waits in the lobby", () -> rec(a).lobby.size() == 1);
        LobbyRequest request = rec(a).lobby.get(0);
        assertThat(request.request().displayName()).isEqualTo("Bob");
        assertThat(room.peer(b).phase()).isEqualTo(MeetingPeer.Phase.IN_LOBBY);

        room.peer(a).admit(request.lobbyId());
        awaitMembers(2, a, b);
        await("same epoch", () -> rec(a).latest().epoch().equals(rec(b).latest().epoch()));
        assertThat(rec(b).latest().securityCode()).isEqualTo(rec(a).latest().securityCode());
        assertThat(rec(b).latest().host().displayName()).isEqualTo("Alice");
    }

    @Test
    void chatReachesEveryMemberAndNothingOnTheWireContainsIt() {
        int a = host(true);
        int b = joiner("Bob");
        awaitMembers(2, a, b);
        await("Bob can send", () -> room.peer(b).senderStats() != null && rec(b).latestSize() == 2);
        await("Bob's epoch is active", () -> {
            chat(b, "ping");
            return !rec(a).chats.isEmpty();
        });
        chat(b, "the launch code is 0000");
        await("Alice reads Bob", () -> rec(a).chats.contains("Bob: the launch code is 0000"));

        String wire = room.log.stream().map(s -> new String(s.payload(), StandardCharsets.ISO_8859_1))
                .reduce("", String::concat);
        assertThat(wire).doesNotContain("launch code").doesNotContain("Bob").doesNotContain("Alice");
    }

    @Test
    void deniedJoinerLearnsItWasDenied() {
        int a = host(false);
        int b = joiner("Mallory");
        await("lobby", () -> rec(a).lobby.size() == 1);
        room.peer(a).deny(rec(a).lobby.get(0).lobbyId());
        await("Mallory learns it", () -> rec(b).denied);
        assertThat(rec(b).epochs).isEmpty();
    }

    @Test
    void rekeysWhenParticipantLeavesAndTheLeaverReadsNothingAfterwards() {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        long epochWithCarol = rec(a).latest().epoch().value();

        room.evictButKeepForwarding(c); // a hostile relay keeps feeding Carol
        awaitMembers(2, a, b);
        assertThat(rec(a).latest().epoch().value()).isGreaterThan(epochWithCarol);
        await("Bob sends under the new epoch", () -> {
            chat(b, "after carol");
            return rec(a).chats.contains("Bob: after carol");
        });
        assertThat(rec(c).chats).doesNotContain("Bob: after carol");
        assertThat(rec(c).latest().epoch().value()).isEqualTo(epochWithCarol);
    }

    @Test
    void impostorHostIsDetectedAndNoJoinRequestIsSent() {
        IdentityKeyPair mallory = IdentityKeyPair.generate();
        // A relay operator who also holds the link announces its own key instead of the host's.
        int m = add(MeetingConfig.host(ROOM, "Alice", mallory, secret, true));
        int b = joiner("Bob");
        await("Bob notices", () -> rec(b).warned(MeetingWarning.Kind.HOST_MISMATCH));
        assertThat(room.peer(b).phase()).isEqualTo(MeetingPeer.Phase.WAITING_FOR_HOST);
        assertThat(room.log).noneMatch(s -> s.from() == b && s.payload()[0] == PayloadKind.JOIN_REQUEST.code());
        assertThat(rec(m).epochs).allMatch(v -> v.roster().members().size() == 1);
    }

    @Test
    void joinRequestWithoutTheMeetingSecretIsRejectedAsForged() {
        int a = host(true);
        joiner("Eve", MeetingSecret.generate(), IdentityKeyPair.generate());
        // Eve cannot even read the announcement; a relay replaying a join request under another secret fails too.
        Recorder.await("host stays alone", () -> rec(a).latestSize() == 1);
        assertThat(rec(a).lobby).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"PRIVATE_CHAT", "FILE", "REMOTE_CONTROL", "POLL_VOTE"})
    void sealedMessagesAreUnreadableByTheOtherMembersEvenWhenTheRelayCopiesThem(DataType sealed) {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        // The hostile relay copies everything addressed to Carol to Alice as well.
        room.tamper = sent -> {
            if (sent.to() == c && sent.payload()[0] == PayloadKind.DATA.code()) {
                room.peer(a).onPayload(sent.from(), sent.payload());
            }
            return sent;
        };
        await("Carol reads Bob's private line", () -> {
            room.peer(b).sendDataTo(c, sealed, "just for you".getBytes(StandardCharsets.UTF_8));
            return rec(c).privateChats.contains("Bob: just for you");
        });
        // Alice handles her copies on her own thread: once she has warned about them, she has handled one.
        await("Alice refuses her copy", () -> rec(a).warned(MeetingWarning.Kind.FORGED_MESSAGE));
        assertThat(rec(a).privateChats).isEmpty();
        assertThat(rec(a).chats).noneMatch(t -> t.contains("just for you"));
    }

    @Test
    void sealedTypesCannotBeSentToEveryone() {
        int a = host(true);
        assertThat(Arrays.stream(DataType.values()).filter(DataType::sealed))
                .containsExactlyInAnyOrder(DataType.PRIVATE_CHAT, DataType.FILE, DataType.REMOTE_CONTROL,
                        DataType.POLL_VOTE);
        assertThatThrownBy(() -> room.peer(a).sendData(DataType.FILE, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sendDataTo");
    }

    @Test
    void bitFlippedAndReplayedFramesAreCountedAndDropped() {
        int a = host(true);
        int b = joiner("Bob");
        awaitMembers(2, a, b);
        AtomicBoolean flip = new AtomicBoolean(true);
        room.tamper = sent -> {
            if (sent.from() == b && sent.payload()[0] == PayloadKind.DATA.code() && flip.getAndSet(false)) {
                byte[] copy = sent.payload().clone();
                copy[copy.length - 1] ^= 1;
                return new LoopbackRoom.Sent(sent.from(), sent.to(), copy);
            }
            return sent;
        };
        await("Alice reads Bob again after a flipped frame", () -> {
            chat(b, "hello");
            return rec(a).chats.contains("Bob: hello");
        });
        assertThat(rec(a).warned(MeetingWarning.Kind.DECRYPTION_FAILED)).isTrue();

        LoopbackRoom.Sent last = room.log.stream().filter(s -> s.from() == b && s.to() == a).reduce((x, y) -> y)
                .orElseThrow();
        room.peer(b).lobby(); // drains Bob's thread: every "hello" it sent is now queued at Alice ...
        room.peer(a).lobby(); // ... and handled by her
        int before = rec(a).chats.size();
        room.peer(a).onPayload(b, last.payload()); // replay
        await("replay counted", () -> room.peer(a).senderStats().stream()
                .anyMatch(s -> s.participantId() == b && s.replayed() >= 1));
        assertThat(rec(a).chats).hasSize(before);
    }

    @Test
    void frameClaimingAnotherSenderIsCountedAsInjected() {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        await("Bob's frames flow", () -> {
            chat(b, "x");
            return rec(a).chats.contains("Bob: x");
        });
        LoopbackRoom.Sent fromBob = room.log.stream().filter(s -> s.from() == b && s.to() == a).reduce((x, y) -> y)
                .orElseThrow();
        room.peer(a).onPayload(c, fromBob.payload()); // the relay says Carol sent Bob's frame
        await("injection counted", () -> room.peer(a).senderStats().stream()
                .anyMatch(s -> s.participantId() == c && s.injected() == 1));
    }

    @Test
    void withheldRekeyRaisesRekeyStalled() {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        room.tamper = sent -> sent.to() == b && sent.payload()[0] == PayloadKind.EPOCH_KEY.code() ? null : sent;
        room.leave(c);
        await("Bob warns", () -> rec(b).warned(MeetingWarning.Kind.REKEY_STALLED));
    }

    @Test
    void hostHandsOverAndTheNewHostAdmitsTheNextJoiner() {
        int a = host(true);
        int b = joiner("Bob");
        awaitMembers(2, a, b);
        room.peer(a).handOverHost(b);
        await("Bob is host", () -> rec(b).becameHost);
        await("Alice sees Bob as host", () -> rec(a).latest().host().displayName().equals("Bob"));

        int c = joiner("Carol");
        await("Carol waits at Bob's lobby", () -> rec(b).lobby.size() == 1);
        room.peer(b).admit(rec(b).lobby.get(0).lobbyId());
        awaitMembers(3, a, b, c);
        await("one code", () -> rec(a).latest().securityCode().equals(rec(c).latest().securityCode()));
    }

    @Test
    void coHostTakesOverWhenTheHostDrops() {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        room.peer(a).setCoHost(b);
        await("Carol sees Bob as co-host", () -> rec(c).latest().roster().withRole(MemberRole.COHOST)
                .map(m -> m.participantId() == b).orElse(false));
        room.leave(a);
        await("Bob takes over", () -> rec(b).becameHost);
        awaitMembers(2, b, c);
        assertThat(rec(c).latest().host().displayName()).isEqualTo("Bob");
        assertThat(rec(c).warned(MeetingWarning.Kind.HOST_GONE)).isFalse();
    }

    @Test
    void coHostsRekeyArrivingBeforeTheHostsDepartureIsKeptUntilThen() {
        int a = host(true);
        int b = joiner("Bob");
        int c = joiner("Carol");
        awaitMembers(3, a, b, c);
        room.peer(a).setCoHost(b);
        await("Carol knows Bob is co-host", () -> rec(c).latest().roster().withRole(MemberRole.COHOST)
                .map(m -> m.participantId() == b).orElse(false));
        room.leaveTellingFirst(a, b);
        await("Bob's new key reached Carol before she heard Alice left", () -> room.log.stream()
                .anyMatch(s -> s.from() == b && s.to() == c && s.payload()[0] == PayloadKind.EPOCH_KEY.code()));
        room.announceLeft(a, c);
        awaitMembers(2, b, c);
        assertThat(rec(c).latest().host().displayName()).isEqualTo("Bob");
        assertThat(rec(c).warned(MeetingWarning.Kind.FORGED_MESSAGE)).isFalse();
    }

    @Test
    void meetingEndsWhenTheHostDropsWithoutACoHost() {
        int a = host(true);
        int b = joiner("Bob");
        awaitMembers(2, a, b);
        room.leave(a);
        await("Bob is told", () -> rec(b).ended != null);
        assertThat(rec(b).warned(MeetingWarning.Kind.HOST_GONE)).isTrue();
    }
}
