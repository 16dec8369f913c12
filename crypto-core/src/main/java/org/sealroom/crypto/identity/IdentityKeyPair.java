package org.sealroom.crypto.identity;

import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.Randomness;

/**
 * A participant's long-term Ed25519 key pair (RFC 8032 section 5.1). Holds the 32-byte private seed; stored on
 * disk only through {@link IdentityKeyFile}.
 */
public final class IdentityKeyPair extends SecretKeyMaterial {

    public static final int SEED_LENGTH = Ed25519.SECRET_KEY_SIZE;

    private final IdentityPublicKey publicKey;

    private IdentityKeyPair(byte[] seed) {
        super(seed);
        byte[] encodedPublic = new byte[IdentityPublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, encodedPublic, 0);
        this.publicKey = IdentityPublicKey.ofTrusted(encodedPublic);
    }

    /** A fresh key pair from the system's secure random source. */
    public static IdentityKeyPair generate() {
        byte[] seed = new byte[SEED_LENGTH];
        Ed25519.generatePrivateKey(Randomness.secureRandom(), seed);
        return new IdentityKeyPair(seed);
    }

    /** Rebuilds a pair from its seed (taken over, not copied); for the key file. */
    static IdentityKeyPair fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("Ed25519 seed must be " + SEED_LENGTH + " bytes");
        }
        return new IdentityKeyPair(seed);
    }

    public IdentityPublicKey publicKey() {
        return publicKey;
    }

    /** Signs {@code message} with pure Ed25519 (RFC 8032 section 5.1.6). Deterministic. */
    public Signature sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        byte[] signature = new byte[Signature.LENGTH];
        Ed25519.sign(material(), 0, publicKey.raw(), 0, message, 0, message.length, signature, 0);
        return new Signature(signature);
    }

    byte[] seed() {
        return material();
    }

    @Override
    public String toString() {
        return "IdentityKeyPair[public=" + publicKey.fingerprint().compact() + ", secret redacted"
                + (isDestroyed() ? ", destroyed]" : "]");
    }
}
