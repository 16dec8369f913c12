package org.sealroom.client.session;

import java.util.Optional;

/**
 * The relay TLS certificate fingerprints the user pinned (base64url SHA-256, as in a join link's {@code RELAY_CERT}).
 * The session layer checks a relay against its pin and may pin on first use; the settings screen edits them.
 */
public interface RelayPinStore {

    Optional<String> pinnedFingerprint(String relayAddress);

    void pin(String relayAddress, String certificateFingerprint);
}
