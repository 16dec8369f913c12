package org.sealroom.crypto.identity;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.FixedBytes;

/** A participant's long-term Ed25519 public key (RFC 8032): verifies their signatures, names them by fingerprint. */
public final class IdentityPublicKey {

    public static final int LENGTH = Ed25519.PUBLIC_KEY_SIZE;

    private final byte[] encoded;

    private IdentityPublicKey(byte[] encoded) {
        this.encoded = encoded;
    }

    /**
     * Parses a 32-byte encoded public key (RFC 8032 section 5.1.2) and checks that it is a valid point of the
     * prime-order subgroup, so that small-order or non-canonical keys are refused up front.
     */
    public static IdentityPublicKey decode(byte[] encoded) throws MalformedDataException {
        byte[] copy = FixedBytes.decode(encoded, LENGTH, "Ed25519 public key");
        if (!Ed25519.validatePublicKeyFull(copy, 0)) {
            throw new MalformedDataException("not a valid Ed25519 public key");
        }
        return new IdentityPublicKey(copy);
    }

    /** From a key pair's own public half, known to be valid. */
    static IdentityPublicKey ofTrusted(byte[] encoded) {
        return new IdentityPublicKey(encoded);
    }

    /** The 32-byte encoding. */
    public byte[] encoded() {
        return encoded.clone();
    }

    byte[] raw() {
        return encoded;
    }

    /**
     * Verifies an Ed25519 signature over {@code message} (RFC 8032 section 5.1.7, cofactorless as BC implements).
     *
     * @throws AuthenticationFailedException if the signature is not valid for this key and message
     */
    public void verify(byte[] message, Signature signature) throws AuthenticationFailedException {
        Objects.requireNonNull(message, "message");
        if (!Ed25519.verify(signature.raw(), 0, encoded, 0, message, 0, message.length)) {
            throw new AuthenticationFailedException("Ed25519 signature does not verify");
        }
    }

    /** This key's fingerprint, for safety numbers and join links. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityPublicKey that && MessageDigest.isEqual(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return FixedBytes.describe("IdentityPublicKey", encoded);
    }
}
