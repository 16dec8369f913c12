package org.sealroom.protocol.transport;

/** A room just created: its id, the owner token, and the creator's room-local participant id. */
public record RoomTicket(String roomId, OwnerToken ownerToken, int participantId) {
}
