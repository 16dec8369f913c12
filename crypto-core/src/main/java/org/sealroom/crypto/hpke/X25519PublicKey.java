package org.sealroom.crypto.hpke;

import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.FixedBytes;

/**
 * An X25519 public key (RFC 7748), the per-meeting HPKE key of a participant. Only the length is checked here:
 * RFC 9180 section 7.1.4 has X25519 keys validated by refusing an all-zero shared secret, which {@link Hpke}
 * does on every operation.
 */
public final class X25519PublicKey {

    public static final int LENGTH = X25519PublicKeyParameters.KEY_SIZE;

    private final byte[] encoded;

    private X25519PublicKey(byte[] encoded) {
        this.encoded = encoded;
    }

    /** Parses a 32-byte encoded key (RFC 9180 section 7.1.1, {@code DeserializePublicKey}). */
    public static X25519PublicKey decode(byte[] encoded) throws MalformedDataException {
        return new X25519PublicKey(FixedBytes.decode(encoded, LENGTH, "X25519 public key"));
    }

    static X25519PublicKey ofTrusted(byte[] encoded) {
        return new X25519PublicKey(encoded);
    }

    /** The 32-byte encoding ({@code SerializePublicKey}). */
    public byte[] encoded() {
        return encoded.clone();
    }

    X25519PublicKeyParameters parameters() {
        return new X25519PublicKeyParameters(encoded, 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof X25519PublicKey that && MessageDigest.isEqual(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return FixedBytes.describe("X25519PublicKey", encoded);
    }
}
