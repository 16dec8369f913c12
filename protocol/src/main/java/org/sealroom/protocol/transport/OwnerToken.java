package org.sealroom.protocol.transport;

/** Proof of ownership of a room on the relay (kick, end, admission changes, and restoring it after a restart). */
public record OwnerToken(String value) {
    public OwnerToken {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("owner token is empty");
        }
    }

    @Override
    public String toString() {
        return "OwnerToken[redacted]";
    }
}
