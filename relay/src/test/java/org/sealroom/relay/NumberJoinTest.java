package org.sealroom.relay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.LeaveReason;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.ReceivedMessage;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayErrorException;
import org.sealroom.protocol.transport.RoomMembership;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** Joining by meeting number: the lobby, what a lobby participant can reach, promotion (docs/relay.md, Rooms). */
class NumberJoinTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private RunningRelay relay;
    private RelayClient owner;
    private RelayClient member;
    private RelayClient visitor;
    private final Recorder ownerEvents = new Recorder();
    private final Recorder memberEvents = new Recorder();
    private final Recorder visitorEvents = new Recorder();
    private RoomTicket room;
    private int memberId;

    @BeforeEach
    void setUp() throws Exception {
        relay = TestRelays.start();
        owner = TestRelays.connect(relay, dir.resolve("known"), ownerEvents);
        member = TestRelays.connect(relay, dir.resolve("known"), memberEvents);
        visitor = TestRelays.connect(relay, dir.resolve("known"), visitorEvents);
        AdmissionToken token = AdmissionToken.generate(RANDOM);
        room = owner.createRoom(List.of(token.verifier()), true).get();
        memberId = member.joinRoom(room.roomId(), token).get().participantId();
    }

    @AfterEach
    void tearDown() {
        owner.close();
        member.close();
        visitor.close();
        relay.close();
    }

    private static ErrorCode refusal(CompletableFuture<?> future) {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, future::get);
        assertThat(e.getCause()).isInstanceOf(RelayErrorException.class);
        return ((RelayErrorException) e.getCause()).code();
    }

    private static List<String> texts(Recorder recorder) {
        return recorder.messages.stream().map(m -> new String(m.payload(), UTF_8)).toList();
    }

    @Test
    void roomsGetANineDigitNumberOnlyWhenAsked() throws Exception {
        assertThat(room.meetingNumber()).matches("[1-9][0-9]{8}");
        RoomTicket plain = visitor.createRoom(List.of()).get();
        assertThat(plain.meetingNumber()).isNull();
    }

    @Test
    void unknownNumbersAreRefused() {
        String other = room.meetingNumber().equals("123456789") ? "987654321" : "123456789";
        assertThat(refusal(visitor.joinByNumber(other))).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
    }

    @Test
    void aNumberJoinLandsInTheLobbyAndOnlyTheOwnerHearsOfIt() throws Exception {
        RoomMembership lobby = visitor.joinByNumber(room.meetingNumber()).get();
        assertThat(lobby.lobby()).isTrue();
        assertThat(lobby.roomId()).isEqualTo(room.roomId());
        assertThat(lobby.members()).containsExactly(room.participantId());
        int visitorId = lobby.participantId();
        Await.until("the owner hears of the lobby join", () -> ownerEvents.membership
                .contains(new MembershipEvent.LobbyJoined(visitorId)));

        // A marker from the owner to the member arrives after any event the relay would have sent the member.
        owner.sendTo(memberId, "marker".getBytes(UTF_8));
        Await.until("the member gets the marker", () -> texts(memberEvents).contains("marker"));
        assertThat(memberEvents.membership).isEmpty();
    }

    @Test
    void aLobbyParticipantReachesOnlyTheOwnerAndHearsOnlyFromIt() throws Exception {
        int visitorId = visitor.joinByNumber(room.meetingNumber()).get().participantId();
        Await.until("the owner hears of the lobby join", () -> ownerEvents.membership
                .contains(new MembershipEvent.LobbyJoined(visitorId)));

        visitor.sendToAll("to everyone".getBytes(UTF_8));
        visitor.sendTo(memberId, "to the member".getBytes(UTF_8));
        member.sendTo(visitorId, "from the member".getBytes(UTF_8));
        visitor.sendTo(room.participantId(), "to the owner".getBytes(UTF_8));
        Await.until("three messages dropped", () -> relay.metrics().drops(DropReason.LOBBY) == 3);
        Await.until("the owner gets the addressed message", () -> texts(ownerEvents).contains("to the owner"));
        assertThat(ownerEvents.messages).extracting(ReceivedMessage::sender).containsOnly(visitorId);
        assertThat(texts(ownerEvents)).containsExactly("to the owner");

        member.sendToAll("members only".getBytes(UTF_8));
        Await.until("the owner gets the broadcast", () -> texts(ownerEvents).contains("members only"));
        owner.sendTo(visitorId, "from the owner".getBytes(UTF_8));
        Await.until("the visitor hears from the owner", () -> texts(visitorEvents).contains("from the owner"));
        assertThat(texts(visitorEvents)).containsExactly("from the owner");
        assertThat(memberEvents.messages).isEmpty();
    }

    @Test
    void promotionMakesAFullMemberAndOnlyTheOwnerMayPromote() throws Exception {
        int visitorId = visitor.joinByNumber(room.meetingNumber()).get().participantId();
        Await.until("the owner hears of the lobby join", () -> ownerEvents.membership
                .contains(new MembershipEvent.LobbyJoined(visitorId)));
        assertThat(refusal(member.promote(visitorId))).isEqualTo(ErrorCode.NOT_OWNER);
        assertThat(refusal(owner.promote(memberId))).isEqualTo(ErrorCode.UNKNOWN_PARTICIPANT);

        owner.promote(visitorId).get();
        Await.until("the member hears of the new member", () -> memberEvents.membership
                .contains(new MembershipEvent.ParticipantJoined(visitorId)));
        Await.until("the new member hears of the member", () -> visitorEvents.membership
                .contains(new MembershipEvent.ParticipantJoined(memberId)));
        visitor.sendToAll("hello all".getBytes(UTF_8));
        Await.until("the member gets the broadcast", () -> texts(memberEvents).contains("hello all"));
        Await.until("the owner gets the broadcast", () -> texts(ownerEvents).contains("hello all"));
        assertThat(relay.metrics().drops(DropReason.LOBBY)).isZero();
    }

    @Test
    void aLobbyParticipantLeavingIsToldToTheOwnerOnly() throws Exception {
        int visitorId = visitor.joinByNumber(room.meetingNumber()).get().participantId();
        owner.kick(visitorId).get();
        Await.until("the owner sees it leave", () -> ownerEvents.membership
                .contains(new MembershipEvent.ParticipantLeft(visitorId, LeaveReason.KICKED)));
        owner.sendTo(memberId, "marker".getBytes(UTF_8));
        Await.until("the member gets the marker", () -> texts(memberEvents).contains("marker"));
        assertThat(memberEvents.membership).isEmpty();
    }

    @Test
    void numberJoinsFromOneAddressAreRateLimited() throws Exception {
        String other = room.meetingNumber().equals("123456789") ? "987654321" : "123456789";
        for (int i = 0; i < 20; i++) {
            assertThat(refusal(visitor.joinByNumber(other))).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
        }
        assertThat(refusal(visitor.joinByNumber(room.meetingNumber()))).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
    }
}
