package org.sealroom.relay.room;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.sealroom.protocol.control.ControlMessage.LobbyJoined;
import org.sealroom.protocol.control.ControlMessage.ParticipantJoined;
import org.sealroom.protocol.control.ControlMessage.ParticipantLeft;
import org.sealroom.protocol.control.ControlMessage.ResumeRoom;
import org.sealroom.protocol.control.ControlMessage.RoomClosed;
import org.sealroom.protocol.control.ControlMessage.RoomCreated;
import org.sealroom.protocol.control.ControlMessage.RoomJoined;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.LeaveReason;
import org.sealroom.protocol.control.RoomCloseReason;
import org.sealroom.protocol.control.RoomCredentials;
import org.sealroom.relay.RelayLimits;

/**
 * All rooms, and every change to who is in which: create, join, resume (including bringing a room back after a
 * restart with its owner token), leave, kick, end, admission changes, disconnects and expiry. Each change locks
 * only its room and tells the other members.
 */
public final class RoomRegistry {
    private final ConcurrentHashMap<String, Room> rooms = new ConcurrentHashMap<>();
    private final RelayLimits limits;
    private final SecureRandom random;
    private final MeetingNumbers numbers;
    private final NumberJoinThrottle numberJoins = new NumberJoinThrottle();

    public RoomRegistry(RelayLimits limits, SecureRandom random) {
        this.limits = limits;
        this.random = random;
        this.numbers = new MeetingNumbers(random);
    }

    /** A connection now in a room, with the resume token that lets it take its place back after a reconnect. */
    private record Admitted(Participant participant, String resumeToken) {
    }

    public Collection<Room> rooms() {
        return rooms.values();
    }

    /*
     * Replies to create, join and resume are written under the room's lock, so that no membership event of another
     * participant can overtake them on the way to this client.
     */

    /**
     * Creates a room owned by {@code connection} and answers with {@link RoomCreated}; with {@code numberJoin} the
     * room also gets a meeting number.
     */
    public void create(long requestId, Connection connection, List<String> verifiers, boolean numberJoin) {
        requireNotInRoom(connection);
        requireVerifierCount(verifiers.size());
        requireRoomCapacity();
        String ownerToken = RoomCredentials.newToken(random);
        Room room = new Room(RoomCredentials.roomIdOf(ownerToken), verifiers, numberJoin ? numbers.reserve() : null,
                System.nanoTime());
        rooms.put(room.id(), room);
        synchronized (room) {
            Admitted admitted = admit(room, connection, 0, true, false);
            if (numberJoin) {
                numbers.register(room);
            }
            connection.channel().writeAndFlush(new RoomCreated(requestId, room.id(), ownerToken,
                    admitted.participant().id(), admitted.resumeToken(), room.meetingNumber()));
        }
    }

    /**
     * Puts {@code connection} in the lobby of the room with this meeting number and answers with {@link RoomJoined}
     * (listing only the owner); the owner is told {@link LobbyJoined}.
     */
    public void joinByNumber(long requestId, Connection connection, String meetingNumber) {
        requireNotInRoom(connection);
        if (!numberJoins.tryJoin(connection.remoteAddress(), System.nanoTime())) {
            throw new RequestRefusedException(ErrorCode.TOO_MANY_ATTEMPTS, "too many joins by meeting number from "
                    + "this address; at most " + NumberJoinThrottle.PER_MINUTE + " a minute");
        }
        Room room = numbers.room(meetingNumber);
        if (room == null) {
            throw new RequestRefusedException(ErrorCode.ROOM_NOT_FOUND, "no meeting with this number on this relay");
        }
        synchronized (room) {
            requireOpen(room);
            int ownerId = room.ownerId();
            if (ownerId == 0) {
                throw new RequestRefusedException(ErrorCode.ROOM_NOT_FOUND, "the meeting's host is not here");
            }
            Admitted admitted = admit(room, connection, 0, false, true);
            Participant p = admitted.participant();
            connection.channel().writeAndFlush(new RoomJoined(requestId, room.id(), p.id(), admitted.resumeToken(),
                    List.of(ownerId), false, false, true));
        }
    }

    /** Owner only: a lobby participant becomes a full member; the others (and it) learn about each other. */
    public void promote(Connection connection, int participantId) {
        Participant owner = requireOwner(connection);
        Room room = owner.room();
        synchronized (room) {
            Participant target = room.member(participantId);
            if (target == null || !target.lobby()) {
                throw new RequestRefusedException(ErrorCode.UNKNOWN_PARTICIPANT,
                        "no participant " + participantId + " in this room's lobby");
            }
            target.lobby(false);
            for (int other : room.idsExcept(target)) {
                if (other != owner.id()) {
                    target.send(new ParticipantJoined(other));
                }
            }
            for (Participant p : room.members()) {
                if (p != target && p != owner && !p.lobby()) {
                    p.send(new ParticipantJoined(target.id()));
                }
            }
        }
    }

    /** Admits {@code connection} with an admission token and answers with {@link RoomJoined}. */
    public void join(long requestId, Connection connection, String roomId, String admissionToken) {
        requireNotInRoom(connection);
        Room room = existing(roomId);
        synchronized (room) {
            requireOpen(room);
            if (!room.admits(RoomCredentials.verifierOf(admissionToken))) {
                throw new RequestRefusedException(ErrorCode.ADMISSION_DENIED,
                        "the admission token is not valid for this room");
            }
            reply(requestId, room, connection, admit(room, connection, 0, false, false), false);
        }
    }

    /**
     * Takes back a place after a reconnect. With a matching resume token: the same participant, now on this
     * connection. Otherwise (the relay forgot it): a fresh admission by admission or owner token, under the same
     * id if it is free; the owner token also brings back a room the relay no longer has.
     */
    public void resume(Connection connection, ResumeRoom request) {
        requireNotInRoom(connection);
        boolean ownerProof = request.ownerToken() != null
                && RoomCredentials.owns(request.ownerToken(), request.roomId());
        Room room = rooms.get(request.roomId());
        if (room == null) {
            if (!ownerProof) {
                throw new RequestRefusedException(ErrorCode.ROOM_NOT_FOUND, "room not found: it ended, or the relay "
                        + "restarted and the room's owner has not reconnected yet");
            }
            requireVerifierCount(request.admissionVerifiers().size());
            requireRoomCapacity();
            room = rooms.computeIfAbsent(request.roomId(),
                    id -> new Room(id, request.admissionVerifiers(), null, System.nanoTime()));
        }
        synchronized (room) {
            requireOpen(room);
            Participant existing = room.member(request.participantId());
            if (existing != null && existing.resumeTokenMatches(request.resumeToken())) {
                reply(request.requestId(), room, connection, takeBack(room, existing, connection, ownerProof), true);
                return;
            }
            if (!ownerProof && (request.admissionToken() == null
                    || !room.admits(RoomCredentials.verifierOf(request.admissionToken())))) {
                throw new RequestRefusedException(ErrorCode.ADMISSION_DENIED,
                        "cannot resume: the resume token is stale and no valid admission token was given");
            }
            Admitted admitted = admit(room, connection, existing == null ? request.participantId() : 0, ownerProof,
                    false);
            reply(request.requestId(), room, connection, admitted, false);
        }
    }

    private static void reply(long requestId, Room room, Connection connection, Admitted admitted, boolean resumed) {
        Participant p = admitted.participant();
        List<Integer> members = p.lobby() ? List.of(room.ownerId()) : room.idsExcept(p);
        connection.channel().writeAndFlush(new RoomJoined(requestId, room.id(), p.id(), admitted.resumeToken(),
                members, p.owner(), resumed, p.lobby()));
    }

    private Admitted takeBack(Room room, Participant participant, Connection connection, boolean ownerProof) {
        Connection previous = participant.connection();
        String resumeToken = RoomCredentials.newToken(random);
        participant.attach(connection, RoomCredentials.digest(resumeToken), ownerProof);
        connection.participant(participant);
        room.refreshAttendance(System.nanoTime());
        if (previous != null && previous != connection) {
            previous.participant(null);
            previous.channel().close();
        }
        return new Admitted(participant, resumeToken);
    }

    private Admitted admit(Room room, Connection connection, int preferredId, boolean owner, boolean lobby) {
        if (room.size() >= limits.maxParticipantsPerRoom()) {
            throw new RequestRefusedException(ErrorCode.ROOM_FULL,
                    "the room is full (" + limits.maxParticipantsPerRoom() + " participants)");
        }
        String resumeToken = RoomCredentials.newToken(random);
        Participant participant = room.add(connection, preferredId, owner, RoomCredentials.digest(resumeToken));
        participant.lobby(lobby);
        connection.participant(participant);
        room.refreshAttendance(System.nanoTime());
        if (lobby) {
            room.member(room.ownerId()).send(new LobbyJoined(participant.id()));
        } else {
            room.tellMembers(new ParticipantJoined(participant.id()), participant);
        }
        return new Admitted(participant, resumeToken);
    }

    public void leave(Connection connection) {
        Participant participant = requireParticipant(connection);
        Room room = participant.room();
        synchronized (room) {
            connection.participant(null);
            removeMember(room, participant, LeaveReason.LEFT);
        }
    }

    public void kick(Connection connection, int participantId) {
        Participant owner = requireOwner(connection);
        Room room = owner.room();
        synchronized (room) {
            Participant target = room.member(participantId);
            if (target == null || target == owner) {
                throw new RequestRefusedException(ErrorCode.UNKNOWN_PARTICIPANT,
                        "no other participant " + participantId + " in this room");
            }
            target.send(new RoomClosed(RoomCloseReason.KICKED, "removed from the room by its owner"));
            Connection targetConnection = target.connection();
            if (targetConnection != null) {
                targetConnection.participant(null);
            }
            removeMember(room, target, LeaveReason.KICKED);
        }
    }

    public void end(Connection connection) {
        Participant owner = requireOwner(connection);
        Room room = owner.room();
        synchronized (room) {
            room.broadcast(new RoomClosed(RoomCloseReason.ENDED_BY_OWNER, "the owner ended the room"), owner);
            closeRoom(room);
        }
    }

    public void addVerifier(Connection connection, String verifier) {
        Room room = requireOwner(connection).room();
        synchronized (room) {
            requireVerifierCount(room.verifierCount() + 1);
            room.addVerifier(verifier);
        }
    }

    public void removeVerifier(Connection connection, String verifier) {
        Room room = requireOwner(connection).room();
        synchronized (room) {
            room.removeVerifier(verifier);
        }
    }

    /** The connection dropped: its participant stays, away, for the resume grace. */
    public void disconnected(Connection connection) {
        Participant participant = connection.participant();
        if (participant == null) {
            return;
        }
        Room room = participant.room();
        synchronized (room) {
            if (participant.connection() == connection) {
                long now = System.nanoTime();
                participant.detach(now);
                room.refreshAttendance(now);
            }
        }
    }

    /** Removes participants away longer than the resume grace and rooms unattended longer than the idle timeout. */
    public void sweep(long nowNanos) {
        long grace = limits.resumeGrace().toNanos();
        long idle = limits.roomIdleTimeout().toNanos();
        for (Room room : rooms.values()) {
            synchronized (room) {
                for (Participant p : room.members()) {
                    if (p.awayLongerThan(grace, nowNanos)) {
                        removeMember(room, p, LeaveReason.TIMED_OUT);
                    }
                }
                if (room.unattendedLongerThan(idle, nowNanos)) {
                    room.broadcast(new RoomClosed(RoomCloseReason.EXPIRED, "the room expired"), null);
                    closeRoom(room);
                }
            }
        }
    }

    private void removeMember(Room room, Participant participant, LeaveReason reason) {
        room.remove(participant);
        ParticipantLeft left = new ParticipantLeft(participant.id(), reason);
        if (participant.lobby()) {
            int ownerId = room.ownerId();
            if (ownerId != 0) {
                room.member(ownerId).send(left);
            }
        } else {
            room.tellMembers(left, null);
        }
        room.refreshAttendance(System.nanoTime());
    }

    private void closeRoom(Room room) {
        for (Participant p : room.members()) {
            Connection c = p.connection();
            if (c != null) {
                c.participant(null);
            }
        }
        room.close();
        rooms.remove(room.id(), room);
        numbers.release(room);
    }

    private Room existing(String roomId) {
        Room room = rooms.get(roomId);
        if (room == null) {
            throw new RequestRefusedException(ErrorCode.ROOM_NOT_FOUND, "no such room on this relay");
        }
        return room;
    }

    private static void requireOpen(Room room) {
        if (room.closed()) {
            throw new RequestRefusedException(ErrorCode.ROOM_NOT_FOUND, "the room has ended");
        }
    }

    private static void requireNotInRoom(Connection connection) {
        if (connection.participant() != null) {
            throw new RequestRefusedException(ErrorCode.ALREADY_IN_ROOM, "this connection is already in a room");
        }
    }

    private static Participant requireParticipant(Connection connection) {
        Participant participant = connection.participant();
        if (participant == null) {
            throw new RequestRefusedException(ErrorCode.NOT_IN_ROOM, "this connection is in no room");
        }
        return participant;
    }

    private static Participant requireOwner(Connection connection) {
        Participant participant = requireParticipant(connection);
        if (!participant.owner()) {
            throw new RequestRefusedException(ErrorCode.NOT_OWNER, "only the room's owner may do this");
        }
        return participant;
    }

    private void requireVerifierCount(int count) {
        if (count > limits.maxVerifiersPerRoom()) {
            throw new RequestRefusedException(ErrorCode.TOO_MANY_VERIFIERS,
                    "a room holds at most " + limits.maxVerifiersPerRoom() + " admission verifiers");
        }
    }

    private void requireRoomCapacity() {
        if (rooms.size() >= limits.maxRooms()) {
            throw new RequestRefusedException(ErrorCode.TOO_MANY_ROOMS,
                    "this relay has reached its limit of " + limits.maxRooms() + " rooms");
        }
    }
}
