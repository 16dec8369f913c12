package org.sealroom.protocol.meeting;

/** A verified join request waiting for the host: the relay id it came from and what it claims. */
public record LobbyRequest(long lobbyId, int participantId, JoinRequest request) {}
