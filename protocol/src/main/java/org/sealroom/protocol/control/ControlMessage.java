package org.sealroom.protocol.control;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The relay control messages, carried as UTF-8 JSON in {@code CONTROL} frames with a {@code "type"} property naming
 * the message. Only routing and room management live here; everything end-to-end travels as opaque payloads.
 * {@code toString()} never prints tokens or keys.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ControlMessage.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = ControlMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ControlMessage.CreateRoom.class, name = "createRoom"),
    @JsonSubTypes.Type(value = ControlMessage.RoomCreated.class, name = "roomCreated"),
    @JsonSubTypes.Type(value = ControlMessage.JoinRoom.class, name = "joinRoom"),
    @JsonSubTypes.Type(value = ControlMessage.ResumeRoom.class, name = "resumeRoom"),
    @JsonSubTypes.Type(value = ControlMessage.RoomJoined.class, name = "roomJoined"),
    @JsonSubTypes.Type(value = ControlMessage.LeaveRoom.class, name = "leaveRoom"),
    @JsonSubTypes.Type(value = ControlMessage.KickParticipant.class, name = "kick"),
    @JsonSubTypes.Type(value = ControlMessage.EndRoom.class, name = "endRoom"),
    @JsonSubTypes.Type(value = ControlMessage.AddAdmissionVerifier.class, name = "addVerifier"),
    @JsonSubTypes.Type(value = ControlMessage.RemoveAdmissionVerifier.class, name = "removeVerifier"),
    @JsonSubTypes.Type(value = ControlMessage.Done.class, name = "done"),
    @JsonSubTypes.Type(value = ControlMessage.ParticipantJoined.class, name = "participantJoined"),
    @JsonSubTypes.Type(value = ControlMessage.ParticipantLeft.class, name = "participantLeft"),
    @JsonSubTypes.Type(value = ControlMessage.RoomClosed.class, name = "roomClosed"),
    @JsonSubTypes.Type(value = ControlMessage.SelectMediaPath.class, name = "selectMediaPath"),
    @JsonSubTypes.Type(value = ControlMessage.Ping.class, name = "ping"),
    @JsonSubTypes.Type(value = ControlMessage.Pong.class, name = "pong"),
    @JsonSubTypes.Type(value = ControlMessage.ErrorMessage.class, name = "error"),
    @JsonSubTypes.Type(value = ControlMessage.Goodbye.class, name = "goodbye"),
    @JsonSubTypes.Type(value = ControlMessage.PromoteParticipant.class, name = "promote"),
    @JsonSubTypes.Type(value = ControlMessage.LobbyJoined.class, name = "lobbyJoined"),
})
public sealed interface ControlMessage {

    /** A client request the relay answers with a {@link Reply} carrying the same request id. */
    sealed interface Request extends ControlMessage {
        long requestId();
    }

    /** The relay's answer to a {@link Request}. */
    sealed interface Reply extends ControlMessage {
        long requestId();
    }

    /** Client → relay, first message: the protocol versions the client speaks. */
    record Hello(int minVersion, int maxVersion, String software) implements ControlMessage {
        public Hello {
            if (minVersion < 1 || maxVersion < minVersion) {
                throw new IllegalArgumentException("hello needs 1 <= minVersion <= maxVersion");
            }
            software = software == null ? "" : software;
        }
    }

    /**
     * Relay → client answer to {@link Hello}: the negotiated version, and the connection's UDP hop credentials
     * (hop id and the base64 SipHash-2-4 hop key that authenticates its datagrams in both directions).
     */
    record Welcome(int version, String software, int hopId, String hopKey, int udpPort, int maxFrameBytes,
                   int keepAliveMillis) implements ControlMessage {
        public Welcome {
            Fields.requireText(hopKey, "hopKey");
        }

        @Override
        public String toString() {
            return "Welcome[version=" + version + ", software=" + software + ", hopId=" + hopId + ", udpPort="
                    + udpPort + ", maxFrameBytes=" + maxFrameBytes + ", keepAliveMillis=" + keepAliveMillis + "]";
        }
    }

    /**
     * Client → relay: create a room that admits holders of tokens matching these verifiers; with {@code numberJoin}
     * the relay also gives it a meeting number that admits anyone to the room's lobby.
     */
    record CreateRoom(long requestId, List<String> admissionVerifiers, boolean numberJoin) implements Request {
        public CreateRoom {
            admissionVerifiers = Fields.copyOf(admissionVerifiers);
        }
    }

    /**
     * Relay → creator: the new room, the owner token that proves ownership, the creator's own membership, and the
     * room's meeting number ({@code null} unless number join was asked for).
     */
    record RoomCreated(long requestId, String roomId, String ownerToken, int participantId, String resumeToken,
                       String meetingNumber) implements Reply {
        public RoomCreated {
            Fields.requireText(roomId, "roomId");
            Fields.requireText(ownerToken, "ownerToken");
            Fields.requireText(resumeToken, "resumeToken");
        }

        @Override
        public String toString() {
            return "RoomCreated[requestId=" + requestId + ", roomId=" + roomId + ", participantId=" + participantId
                    + ", meetingNumber=" + meetingNumber + "]";
        }
    }

    /**
     * Client → relay: join a room with an admission token, or (room id and token {@code null}) the lobby of the room
     * with this meeting number.
     */
    record JoinRoom(long requestId, String roomId, String admissionToken, String meetingNumber) implements Request {
        public JoinRoom {
            if (meetingNumber == null) {
                Fields.requireText(roomId, "roomId");
                Fields.requireText(admissionToken, "admissionToken");
            } else if (roomId != null || admissionToken != null) {
                throw new IllegalArgumentException("join by meeting number names no room id and no admission token");
            } else if (!meetingNumber.matches("[0-9]{9}")) {
                throw new IllegalArgumentException("a meeting number is 9 digits");
            }
        }

        @Override
        public String toString() {
            return "JoinRoom[requestId=" + requestId + ", roomId=" + roomId + ", meetingNumber=" + meetingNumber + "]";
        }
    }

    /** Owner → relay: a lobby participant becomes a full member of the room. */
    record PromoteParticipant(long requestId, int participantId) implements Request {
    }

    /** Relay → owner: someone joined the room's lobby by meeting number. */
    record LobbyJoined(int participantId) implements ControlMessage {
    }

    /**
     * Client → relay after a reconnect: take back participant {@code participantId} with its resume token; if the
     * relay no longer knows it (it restarted), join again with the admission token, or re-create the room with the
     * owner token and verifiers, asking for the same participant id.
     */
    record ResumeRoom(long requestId, String roomId, int participantId, String resumeToken, String admissionToken,
                      String ownerToken, List<String> admissionVerifiers) implements Request {
        public ResumeRoom {
            Fields.requireText(roomId, "roomId");
            Fields.requireText(resumeToken, "resumeToken");
            admissionVerifiers = Fields.copyOf(admissionVerifiers);
        }

        @Override
        public String toString() {
            return "ResumeRoom[requestId=" + requestId + ", roomId=" + roomId + ", participantId=" + participantId
                    + ", owner=" + (ownerToken != null) + "]";
        }
    }

    /**
     * Relay → client: it is in the room as {@code participantId} with these other members. In the {@code lobby}
     * (joined by meeting number) the only member listed is the owner, the one participant it may address.
     */
    record RoomJoined(long requestId, String roomId, int participantId, String resumeToken, List<Integer> members,
                      boolean owner, boolean resumed, boolean lobby) implements Reply {
        public RoomJoined {
            Fields.requireText(roomId, "roomId");
            Fields.requireText(resumeToken, "resumeToken");
            members = members == null ? List.of() : List.copyOf(members);
        }

        @Override
        public String toString() {
            return "RoomJoined[requestId=" + requestId + ", roomId=" + roomId + ", participantId=" + participantId
                    + ", members=" + members + ", owner=" + owner + ", resumed=" + resumed + ", lobby=" + lobby + "]";
        }
    }

    record LeaveRoom(long requestId) implements Request {
    }

    /** Owner → relay: remove a participant from the room. */
    record KickParticipant(long requestId, int participantId) implements Request {
    }

    /** Owner → relay: close the room for everyone. */
    record EndRoom(long requestId) implements Request {
    }

    record AddAdmissionVerifier(long requestId, String verifier) implements Request {
        public AddAdmissionVerifier {
            Fields.requireText(verifier, "verifier");
        }
    }

    record RemoveAdmissionVerifier(long requestId, String verifier) implements Request {
        public RemoveAdmissionVerifier {
            Fields.requireText(verifier, "verifier");
        }
    }

    /** Relay → client: the request succeeded. */
    record Done(long requestId) implements Reply {
    }

    record ParticipantJoined(int participantId) implements ControlMessage {
    }

    record ParticipantLeft(int participantId, LeaveReason reason) implements ControlMessage {
        public ParticipantLeft {
            Fields.requireNonNull(reason, "reason");
        }
    }

    /** Relay → client: it is no longer in its room. */
    record RoomClosed(RoomCloseReason reason, String message) implements ControlMessage {
        public RoomClosed {
            Fields.requireNonNull(reason, "reason");
            message = message == null ? "" : message;
        }
    }

    /** Client → relay: deliver media to this client over this path. */
    record SelectMediaPath(MediaPath path) implements ControlMessage {
        public SelectMediaPath {
            if (path != MediaPath.UDP && path != MediaPath.TCP) {
                throw new IllegalArgumentException("path must be UDP or TCP");
            }
        }
    }

    /** Keep-alive and round-trip probe; the peer echoes the nonce in a {@link Pong}. */
    record Ping(long nonce) implements ControlMessage {
    }

    record Pong(long nonce) implements ControlMessage {
    }

    /**
     * A refusal. {@code requestId} names the request it answers, or is 0 for a connection-level error, after which
     * the sender closes the connection.
     */
    record ErrorMessage(long requestId, ErrorCode code, String message) implements Reply {
        public ErrorMessage {
            Fields.requireNonNull(code, "code");
            message = message == null ? "" : message;
        }
    }

    /** Relay → client: the relay is shutting down; {@code reconnect} says whether it expects to come back. */
    record Goodbye(String reason, boolean reconnect) implements ControlMessage {
        public Goodbye {
            reason = reason == null ? "" : reason;
        }
    }
}
