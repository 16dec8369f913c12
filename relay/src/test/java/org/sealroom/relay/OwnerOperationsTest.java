package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.LeaveReason;
import org.sealroom.protocol.control.RoomCloseReason;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayErrorException;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** Admission, leave, kick, ending a room and admission changes, as clients see them. */
class OwnerOperationsTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private RunningRelay relay;
    private RelayClient owner;
    private RelayClient guest;
    private RelayClient other;
    private final Recorder ownerEvents = new Recorder();
    private final Recorder guestEvents = new Recorder();
    private final Recorder otherEvents = new Recorder();
    private final AdmissionToken token = AdmissionToken.generate(RANDOM);
    private RoomTicket room;

    @BeforeEach
    void setUp() throws Exception {
        relay = TestRelays.start();
        owner = TestRelays.connect(relay, dir.resolve("known"), ownerEvents);
        guest = TestRelays.connect(relay, dir.resolve("known"), guestEvents);
        other = TestRelays.connect(relay, dir.resolve("known"), otherEvents);
        room = owner.createRoom(List.of(token.verifier())).get();
    }

    @AfterEach
    void tearDown() {
        owner.close();
        guest.close();
        other.close();
        relay.close();
    }

    private static ErrorCode refusal(java.util.concurrent.CompletableFuture<?> future) {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, future::get);
        assertThat(e.getCause()).isInstanceOf(RelayErrorException.class);
        return ((RelayErrorException) e.getCause()).code();
    }

    @Test
    void admitsOnlyHoldersOfARegisteredToken() throws Exception {
        assertThat(refusal(guest.joinRoom(room.roomId(), AdmissionToken.generate(RANDOM))))
                .isEqualTo(ErrorCode.ADMISSION_DENIED);
        assertThat(refusal(guest.joinRoom("no-such-room", token))).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
        int id = guest.joinRoom(room.roomId(), token).get().participantId();
        Await.until("the owner hears of the join", () -> ownerEvents.membership
                .contains(new MembershipEvent.ParticipantJoined(id)));
        assertThat(refusal(guest.joinRoom(room.roomId(), token))).isEqualTo(ErrorCode.ALREADY_IN_ROOM);
    }

    @Test
    void guestsCannotUseOwnerOperations() throws Exception {
        guest.joinRoom(room.roomId(), token).get();
        assertThat(refusal(guest.kick(room.participantId()))).isEqualTo(ErrorCode.NOT_OWNER);
        assertThat(refusal(guest.endRoom())).isEqualTo(ErrorCode.NOT_OWNER);
        assertThat(refusal(guest.addAdmissionVerifier(AdmissionToken.generate(RANDOM).verifier())))
                .isEqualTo(ErrorCode.NOT_OWNER);
    }

    @Test
    void kickRemovesTheParticipantAndTellsEveryone() throws Exception {
        int guestId = guest.joinRoom(room.roomId(), token).get().participantId();
        other.joinRoom(room.roomId(), token).get();
        owner.kick(guestId).get();

        Await.until("the guest is told", () -> !guestEvents.events(MembershipEvent.RoomClosed.class).isEmpty());
        assertThat(guestEvents.events(MembershipEvent.RoomClosed.class).get(0).reason())
                .isEqualTo(RoomCloseReason.KICKED);
        assertThat(guest.membership()).isEmpty();
        Await.until("the others see it leave", () -> otherEvents.membership
                .contains(new MembershipEvent.ParticipantLeft(guestId, LeaveReason.KICKED)));
        assertThat(refusal(owner.kick(guestId))).isEqualTo(ErrorCode.UNKNOWN_PARTICIPANT);
    }

    @Test
    void leavingIsSeenAtOnce() throws Exception {
        int guestId = guest.joinRoom(room.roomId(), token).get().participantId();
        guest.leaveRoom().get();
        Await.until("the owner sees it leave", () -> ownerEvents.membership
                .contains(new MembershipEvent.ParticipantLeft(guestId, LeaveReason.LEFT)));
        assertThat(refusal(guest.leaveRoom())).isEqualTo(ErrorCode.NOT_IN_ROOM);
    }

    @Test
    void endingTheRoomClosesItForEveryone() throws Exception {
        guest.joinRoom(room.roomId(), token).get();
        owner.endRoom().get();
        Await.until("the guest is told", () -> guestEvents.events(MembershipEvent.RoomClosed.class).stream()
                .anyMatch(e -> e.reason() == RoomCloseReason.ENDED_BY_OWNER));
        assertThat(refusal(other.joinRoom(room.roomId(), token))).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
    }

    @Test
    void admissionChangesApplyToLaterJoins() throws Exception {
        AdmissionToken late = AdmissionToken.generate(RANDOM);
        assertThat(refusal(other.joinRoom(room.roomId(), late))).isEqualTo(ErrorCode.ADMISSION_DENIED);
        owner.addAdmissionVerifier(late.verifier()).get();
        other.joinRoom(room.roomId(), late).get();
        owner.removeAdmissionVerifier(token.verifier()).get();
        assertThat(refusal(guest.joinRoom(room.roomId(), token))).isEqualTo(ErrorCode.ADMISSION_DENIED);
        assertThatThrownBy(() -> guest.sendTo(0, new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }
}
