package org.sealroom.crypto.identity;

import java.security.MessageDigest;
import java.util.Arrays;
import org.sealroom.crypto.internal.FixedBytes;
import org.sealroom.crypto.MalformedDataException;

/**
 * An Ed25519 signature (RFC 8032 section 5.1.6): 64 bytes, R followed by S.
 *
 * @param bytes the 64 signature bytes (copied in and out)
 */
public record Signature(byte[] bytes) {

    public static final int LENGTH = 64;

    public Signature {
        bytes = FixedBytes.copyOf(bytes, LENGTH, "Ed25519 signature");
    }

    /** Parses a received signature; only the length can be checked before verification. */
    public static Signature decode(byte[] encoded) throws MalformedDataException {
        return new Signature(FixedBytes.decode(encoded, LENGTH, "Ed25519 signature"));
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
        return other instanceof Signature that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return FixedBytes.describe("Signature", bytes);
    }
}
