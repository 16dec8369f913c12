package org.sealroom.protocol.transport;

import java.security.SecureRandom;
import org.sealroom.protocol.control.RoomCredentials;

/**
 * A secret that lets its holder join a room on the relay. The host hands it to invitees (for example inside the
 * join link) and registers only its {@link #verifier()} with the relay. It grants a place in the relay's routing,
 * never access to meeting content.
 */
public record AdmissionToken(String value) {
    public AdmissionToken {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("admission token is empty");
        }
    }

    public static AdmissionToken generate(SecureRandom random) {
        return new AdmissionToken(RoomCredentials.newToken(random));
    }

    /** What the relay stores: base64url(SHA-256(token)). */
    public AdmissionVerifier verifier() {
        return new AdmissionVerifier(RoomCredentials.verifierOf(value));
    }

    @Override
    public String toString() {
        return "AdmissionToken[redacted]";
    }
}
