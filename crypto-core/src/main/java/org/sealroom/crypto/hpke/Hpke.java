package org.sealroom.crypto.hpke;

import java.util.Objects;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.MalformedDataException;

/**
 * Single-shot HPKE (RFC 9180 section 6.1) with the suite DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM,
 * on Bouncy Castle's {@link HPKE}, in mode_base (anonymous sender) and mode_auth (sender proves possession of its
 * X25519 key, section 5.1.3). Bouncy Castle's HPKE objects keep per-call state, so each thread has its own.
 */
public final class Hpke {

    private static final ThreadLocal<HPKE> BASE = ThreadLocal.withInitial(() -> suite(HPKE.mode_base));
    private static final ThreadLocal<HPKE> AUTH = ThreadLocal.withInitial(() -> suite(HPKE.mode_auth));

    private Hpke() {
    }

    /**
     * {@code SealBase(pkR, info, aad, pt)} of RFC 9180 section 6.1.
     *
     * @throws MalformedDataException if {@code recipient} is a low-order point (the DH output is all zero)
     */
    public static HpkeCiphertext sealBase(X25519PublicKey recipient, byte[] info, byte[] aad, byte[] plaintext)
            throws MalformedDataException {
        return seal(BASE.get(), recipient, info, aad, plaintext, null);
    }

    /**
     * {@code OpenBase(enc, skR, info, aad, ct)} of RFC 9180 section 6.1.
     *
     * @throws AuthenticationFailedException if the ciphertext, info or aad were altered or not made for this key
     * @throws MalformedDataException if {@code enc} is a low-order point
     */
    public static byte[] openBase(X25519KeyPair recipient, HpkeCiphertext ciphertext, byte[] info, byte[] aad)
            throws AuthenticationFailedException, MalformedDataException {
        return open(BASE.get(), recipient, ciphertext, info, aad, null);
    }

    /**
     * {@code SealAuth(pkR, info, aad, pt, skS)} of RFC 9180 section 6.1: only the holder of {@code sender}'s
     * private key can produce a ciphertext that opens with {@code sender}'s public key.
     *
     * @throws MalformedDataException if {@code recipient} is a low-order point
     */
    public static HpkeCiphertext sealAuth(X25519PublicKey recipient, X25519KeyPair sender, byte[] info, byte[] aad,
            byte[] plaintext) throws MalformedDataException {
        return seal(AUTH.get(), recipient, info, aad, plaintext, Objects.requireNonNull(sender, "sender"));
    }

    /**
     * {@code OpenAuth(enc, skR, info, aad, ct, pkS)} of RFC 9180 section 6.1.
     *
     * @throws AuthenticationFailedException if the ciphertext was altered or not sealed by {@code sender}
     * @throws MalformedDataException if {@code enc} or {@code sender} is a low-order point
     */
    public static byte[] openAuth(X25519KeyPair recipient, X25519PublicKey sender, HpkeCiphertext ciphertext,
            byte[] info, byte[] aad) throws AuthenticationFailedException, MalformedDataException {
        return open(AUTH.get(), recipient, ciphertext, info, aad, Objects.requireNonNull(sender, "sender"));
    }

    private static HpkeCiphertext seal(HPKE hpke, X25519PublicKey recipient, byte[] info, byte[] aad,
            byte[] plaintext, X25519KeyPair sender) throws MalformedDataException {
        Objects.requireNonNull(recipient, "recipient");
        AsymmetricCipherKeyPair senderPair = sender == null ? null : sender.parameters();
        try {
            byte[][] ciphertextAndEnc = hpke.seal(recipient.parameters(), info, aad, plaintext, null, null,
                    senderPair);
            return new HpkeCiphertext(new EncapsulatedKey(ciphertextAndEnc[1]), ciphertextAndEnc[0]);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("HPKE sealing cannot fail on valid input", e);
        } catch (IllegalStateException e) {
            throw new MalformedDataException("HPKE: the recipient public key is invalid (low-order point)", e);
        }
    }

    private static byte[] open(HPKE hpke, X25519KeyPair recipient, HpkeCiphertext ciphertext, byte[] info,
            byte[] aad, X25519PublicKey sender) throws AuthenticationFailedException, MalformedDataException {
        Objects.requireNonNull(recipient, "recipient");
        try {
            return hpke.open(ciphertext.enc().raw(), recipient.parameters(), info, aad, ciphertext.rawCiphertext(),
                    null, null, sender == null ? null : sender.parameters());
        } catch (InvalidCipherTextException e) {
            throw new AuthenticationFailedException("HPKE: ciphertext does not authenticate", e);
        } catch (IllegalStateException e) {
            throw new MalformedDataException("HPKE: the encapsulated or sender key is invalid (low-order point)",
                    e);
        }
    }

    private static HPKE suite(byte mode) {
        return new HPKE(mode, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    }
}
