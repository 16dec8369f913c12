package org.sealroom.crypto.epoch;

import java.security.MessageDigest;
import java.util.Arrays;
import org.sealroom.crypto.internal.FixedBytes;
import org.sealroom.crypto.MalformedDataException;

/**
 * A public commitment to a {@link MeetingKey}: reveals nothing about the key, but two members with different keys
 * see different commitments. Input of the security code.
 *
 * @param bytes the 32-byte commitment
 */
public record KeyCommitment(byte[] bytes) {

    public static final int LENGTH = 32;

    public KeyCommitment {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "key commitment");
    }

    /** Parses a received commitment. */
    public static KeyCommitment decode(byte[] encoded) throws MalformedDataException {
        return new KeyCommitment(FixedBytes.decode(encoded, LENGTH, "key commitment"));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyCommitment that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return FixedBytes.describe("KeyCommitment", bytes);
    }
}
