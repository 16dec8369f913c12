package org.sealroom.protocol.transport;

/**
 * A room just created: its id, the owner token, the creator's room-local participant id, and its meeting number
 * ({@code null} unless the room was created with number join).
 */
public record RoomTicket(String roomId, OwnerToken ownerToken, int participantId, String meetingNumber) {
}
