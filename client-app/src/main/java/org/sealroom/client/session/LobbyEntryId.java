package org.sealroom.client.session;

/** Identifies one join request in the host's lobby. */
public record LobbyEntryId(long value) {}
