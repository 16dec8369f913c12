package org.sealroom.crypto.sframe;

import java.util.Arrays;
import javax.crypto.SecretKey;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.internal.RawSecretKey;

/**
 * The per-KID frame key of RFC 9605 section 4.4.2: {@code sframe_key} and {@code sframe_salt}, derived once from
 * a {@link SFrameBaseKey} and then used for every frame with that KID. Holds the ready-made JCA keys so the
 * frame path does no derivation.
 */
public final class SFrameKey extends SecretKeyMaterial {

    private static final String KEY_LABEL = "SFrame 1.0 Secret key ";
    private static final String SALT_LABEL = "SFrame 1.0 Secret salt ";

    private final CipherSuite suite;
    private final long kid;
    private final RawSecretKey encryptionKey;
    private final RawSecretKey authenticationKey;

    private SFrameKey(CipherSuite suite, long kid, byte[] keyThenSalt) {
        super(keyThenSalt);
        this.suite = suite;
        this.kid = kid;
        if (suite.isGcm()) {
            this.encryptionKey = new RawSecretKey("AES", keyThenSalt, 0, suite.nk());
            this.authenticationKey = null;
        } else {
            // Section 4.5.1: enc_key = sframe_key[..Nka], auth_key = sframe_key[Nka..].
            this.encryptionKey = new RawSecretKey("AES", keyThenSalt, 0, suite.nka());
            this.authenticationKey = new RawSecretKey(suite.hash().macAlgorithm(), keyThenSalt, suite.nka(),
                    suite.nk() - suite.nka());
        }
    }

    /**
     * {@code derive_key_salt(KID, base_key)} of RFC 9605 section 4.4.2: {@code sframe_secret = HKDF-Extract("",
     * base_key)}, then {@code sframe_key} and {@code sframe_salt} by HKDF-Expand with the labels
     * {@code "SFrame 1.0 Secret key " + KID + cipher_suite} and {@code "SFrame 1.0 Secret salt " + KID +
     * cipher_suite} (KID as 8 bytes, suite as 2 bytes, big-endian), using the suite's hash.
     */
    public static SFrameKey derive(CipherSuite suite, long kid, SFrameBaseKey baseKey) {
        byte[] secret = Hkdf.extract(suite.hash(), new byte[0], baseKey.bytes());
        byte[] key = Hkdf.expand(suite.hash(), secret, label(KEY_LABEL, kid, suite), suite.nk());
        byte[] salt = Hkdf.expand(suite.hash(), secret, label(SALT_LABEL, kid, suite), suite.nn());
        byte[] keyThenSalt = new byte[key.length + salt.length];
        System.arraycopy(key, 0, keyThenSalt, 0, key.length);
        System.arraycopy(salt, 0, keyThenSalt, key.length, salt.length);
        Arrays.fill(secret, (byte) 0);
        Arrays.fill(key, (byte) 0);
        Arrays.fill(salt, (byte) 0);
        return new SFrameKey(suite, kid, keyThenSalt);
    }

    /** A key from known {@code sframe_key} and {@code sframe_salt}, for the raw-AEAD test vectors. */
    static SFrameKey fromKeyAndSalt(CipherSuite suite, long kid, byte[] sframeKey, byte[] sframeSalt) {
        if (sframeKey.length != suite.nk() || sframeSalt.length != suite.nn()) {
            throw new IllegalArgumentException("key or salt length does not match " + suite);
        }
        byte[] keyThenSalt = new byte[sframeKey.length + sframeSalt.length];
        System.arraycopy(sframeKey, 0, keyThenSalt, 0, sframeKey.length);
        System.arraycopy(sframeSalt, 0, keyThenSalt, sframeKey.length, sframeSalt.length);
        return new SFrameKey(suite, kid, keyThenSalt);
    }

    /** The label bytes of section 4.4.2 (exposed to the package so tests can check them against the vectors). */
    static byte[] label(String prefix, long kid, CipherSuite suite) {
        return new ByteWriter().ascii(prefix).u64(kid).u16(suite.id()).toByteArray();
    }

    static byte[] keyLabel(long kid, CipherSuite suite) {
        return label(KEY_LABEL, kid, suite);
    }

    static byte[] saltLabel(long kid, CipherSuite suite) {
        return label(SALT_LABEL, kid, suite);
    }

    public CipherSuite suite() {
        return suite;
    }

    /** The KID this key belongs to (unsigned). */
    public long kid() {
        return kid;
    }

    /** {@code sframe_key} (copy), for tests against the RFC vectors. */
    byte[] sframeKey() {
        return Arrays.copyOfRange(material(), 0, suite.nk());
    }

    /** {@code sframe_salt} (copy), for tests against the RFC vectors. */
    byte[] sframeSalt() {
        return Arrays.copyOfRange(material(), suite.nk(), suite.nk() + suite.nn());
    }

    /** Writes the nonce for {@code ctr} (section 4.4.3: salt XOR CTR as an Nn-byte big-endian value). */
    void nonce(long ctr, byte[] dst) {
        byte[] material = material();
        int saltOffset = suite.nk();
        int nn = suite.nn();
        for (int i = 0; i < nn - 8; i++) {
            dst[i] = material[saltOffset + i];
        }
        for (int i = nn - 8; i < nn; i++) {
            int shift = (nn - 1 - i) * 8;
            dst[i] = (byte) (material[saltOffset + i] ^ (ctr >>> shift));
        }
    }

    SecretKey encryptionKey() {
        return encryptionKey;
    }

    SecretKey authenticationKey() {
        return authenticationKey;
    }

    @Override
    protected void destroyDerived() {
        encryptionKey.destroy();
        if (authenticationKey != null) {
            authenticationKey.destroy();
        }
    }

    @Override
    public String toString() {
        return "SFrameKey[" + suite + ", kid=" + Long.toUnsignedString(kid) + ", secret redacted"
                + (isDestroyed() ? ", destroyed]" : "]");
    }
}
