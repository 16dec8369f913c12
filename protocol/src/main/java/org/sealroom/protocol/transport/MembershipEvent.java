package org.sealroom.protocol.transport;

import java.util.Set;
import org.sealroom.protocol.control.LeaveReason;
import org.sealroom.protocol.control.RoomCloseReason;

/** Changes in the room this client is in. */
public sealed interface MembershipEvent {

    record ParticipantJoined(int participantId) implements MembershipEvent {
    }

    /** Owner only: someone joined the room's lobby by meeting number; it may address only the owner. */
    record LobbyJoined(int participantId) implements MembershipEvent {
    }

    record ParticipantLeft(int participantId, LeaveReason reason) implements MembershipEvent {
    }

    /**
     * After a reconnect the client is back in its room: under the same id ({@code sameId()}) or, when the relay had
     * forgotten the room (restart) and that id was taken, as a new participant: "rejoined as".
     */
    record RoomResumed(String roomId, int previousParticipantId, int participantId, Set<Integer> members)
            implements MembershipEvent {
        public RoomResumed {
            members = Set.copyOf(members);
        }

        public boolean sameId() {
            return previousParticipantId == participantId;
        }
    }

    /** The client is no longer in its room: kicked, the room ended, or it could not be resumed. */
    record RoomClosed(String roomId, RoomCloseReason reason, String message) implements MembershipEvent {
    }
}
