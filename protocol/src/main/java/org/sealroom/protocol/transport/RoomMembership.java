package org.sealroom.protocol.transport;

import java.util.Set;

/** This client's place in a room: its room-local id and the ids of the other members at that moment. */
public record RoomMembership(String roomId, int participantId, Set<Integer> members, boolean owner) {
    public RoomMembership {
        members = Set.copyOf(members);
    }
}
