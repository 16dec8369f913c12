package org.sealroom.client.settings;

import java.util.Objects;

/**
 * A relay the user configured, with the base64url SHA-256 fingerprint of its TLS certificate when pinned (empty when
 * not pinned).
 */
public record RelayEntry(String address, String pinnedFingerprint) {

    public RelayEntry {
        Objects.requireNonNull(address, "address");
        pinnedFingerprint = pinnedFingerprint == null ? "" : pinnedFingerprint;
    }

    public boolean pinned() {
        return !pinnedFingerprint.isEmpty();
    }
}
