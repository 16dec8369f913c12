package org.sealroom.protocol.transport;

/** The hash of an {@link AdmissionToken} that a room's owner registers with the relay. Not secret. */
public record AdmissionVerifier(String value) {
    public AdmissionVerifier {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("admission verifier is empty");
        }
    }
}
