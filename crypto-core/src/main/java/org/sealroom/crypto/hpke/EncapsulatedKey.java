package org.sealroom.crypto.hpke;

import java.security.MessageDigest;
import java.util.Arrays;
import org.sealroom.crypto.internal.FixedBytes;
import org.sealroom.crypto.MalformedDataException;

/**
 * HPKE's {@code enc} (RFC 9180 section 4.1): the serialized ephemeral public key, 32 bytes for DHKEM(X25519).
 *
 * @param bytes the encoding (copied in and out)
 */
public record EncapsulatedKey(byte[] bytes) {

    /** Nenc of DHKEM(X25519, HKDF-SHA256), RFC 9180 section 7.1. */
    public static final int LENGTH = 32;

    public EncapsulatedKey {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "HPKE encapsulated key");
    }

    public static EncapsulatedKey decode(byte[] encoded) throws MalformedDataException {
        return new EncapsulatedKey(FixedBytes.decode(encoded, LENGTH, "HPKE encapsulated key"));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncapsulatedKey that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return FixedBytes.describe("EncapsulatedKey", bytes);
    }
}
