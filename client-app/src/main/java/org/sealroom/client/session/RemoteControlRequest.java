package org.sealroom.client.session;

/** A viewer's request to control this participant's shared screen, waiting for an explicit answer. */
public record RemoteControlRequest(ParticipantId from, String displayName, long requestId) {}
