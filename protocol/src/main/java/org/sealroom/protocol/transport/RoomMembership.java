package org.sealroom.protocol.transport;

import java.util.Set;

/**
 * This client's place in a room: its room-local id and the ids of the other members at that moment. {@code lobby}:
 * it joined by meeting number, into the room's lobby, where the only member it knows and may address is the owner
 * until the owner promotes it.
 */
public record RoomMembership(String roomId, int participantId, Set<Integer> members, boolean owner, boolean lobby) {
    public RoomMembership {
        members = Set.copyOf(members);
    }
}
