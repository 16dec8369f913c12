package org.sealroom.crypto.hpke;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.Randomness;

/**
 * An X25519 key pair (RFC 7748) for HPKE: each participant makes a fresh one per meeting, the host uses its own to
 * authenticate key wraps. Bouncy Castle's parameter objects are made per operation and dropped, so the only
 * long-lived copy of the private key is the one {@link #destroy()} wipes.
 */
public final class X25519KeyPair extends SecretKeyMaterial {

    private final X25519PublicKey publicKey;

    private X25519KeyPair(byte[] privateKey) {
        super(privateKey);
        byte[] encodedPublic = new byte[X25519PublicKey.LENGTH];
        X25519.generatePublicKey(privateKey, 0, encodedPublic, 0);
        this.publicKey = X25519PublicKey.ofTrusted(encodedPublic);
    }

    /** A fresh key pair from the system's secure random source. */
    public static X25519KeyPair generate() {
        byte[] privateKey = new byte[X25519.SCALAR_SIZE];
        X25519.generatePrivateKey(Randomness.secureRandom(), privateKey);
        return new X25519KeyPair(privateKey);
    }

    /** A pair from a known private key (copied), for the RFC 9180 test vectors. */
    static X25519KeyPair fromPrivateKey(byte[] privateKey) {
        if (privateKey.length != X25519.SCALAR_SIZE) {
            throw new IllegalArgumentException("X25519 private key must be " + X25519.SCALAR_SIZE + " bytes");
        }
        return new X25519KeyPair(privateKey.clone());
    }

    public X25519PublicKey publicKey() {
        return publicKey;
    }

    /** Bouncy Castle's view of this pair, for one HPKE operation. */
    AsymmetricCipherKeyPair parameters() {
        return new AsymmetricCipherKeyPair(publicKey.parameters(), new X25519PrivateKeyParameters(material(), 0));
    }

    @Override
    public String toString() {
        return "X25519KeyPair[public=" + publicKey + ", secret redacted" + (isDestroyed() ? ", destroyed]" : "]");
    }
}
