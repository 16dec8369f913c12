package org.sealroom.client.session;

/** A verified join request waiting for the host's decision. */
public record LobbyEntry(
        LobbyEntryId id,
        String displayName,
        String safetyNumber,
        IdentityState identity,
        boolean joinedWithPassword) {}
