package org.sealroom.crypto.sframe;

import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.Hkdf;

/**
 * The SFrame cipher suites of RFC 9605 section 4.5 (Table 1) with their constants. Sealroom sends with
 * {@link #AES_128_CTR_HMAC_SHA256_80} (audio), {@link #AES_128_GCM_SHA256_128} and
 * {@link #AES_256_GCM_SHA512_128}; the 64- and 32-bit tag suites exist for conformance with the RFC's vectors.
 */
public enum CipherSuite {
    AES_128_CTR_HMAC_SHA256_80(0x0001, Hkdf.Hash.SHA256, 16, 48, 10),
    AES_128_CTR_HMAC_SHA256_64(0x0002, Hkdf.Hash.SHA256, 16, 48, 8),
    AES_128_CTR_HMAC_SHA256_32(0x0003, Hkdf.Hash.SHA256, 16, 48, 4),
    AES_128_GCM_SHA256_128(0x0004, Hkdf.Hash.SHA256, 0, 16, 16),
    AES_256_GCM_SHA512_128(0x0005, Hkdf.Hash.SHA512, 0, 32, 16);

    /** AEAD.Nn: every suite uses 96-bit nonces. */
    private static final int NONCE_LENGTH = 12;

    private final int id;
    private final Hkdf.Hash hash;
    private final int nka;
    private final int nk;
    private final int nt;

    CipherSuite(int id, Hkdf.Hash hash, int nka, int nk, int nt) {
        this.id = id;
        this.hash = hash;
        this.nka = nka;
        this.nk = nk;
        this.nt = nt;
    }

    /** The IANA code point (RFC 9605 section 8.1). */
    public int id() {
        return id;
    }

    /** Nh: output length of the suite's hash, which also drives HKDF. */
    public int nh() {
        return hash.length();
    }

    /** Nka: AES key length inside the AES-CTR+HMAC construction (section 4.5.1); 0 for GCM suites. */
    public int nka() {
        return nka;
    }

    /** Nk: length of {@code sframe_key}. */
    public int nk() {
        return nk;
    }

    /** Nn: nonce length. */
    public int nn() {
        return NONCE_LENGTH;
    }

    /** Nt: authentication tag length, the per-frame overhead beyond the header. */
    public int nt() {
        return nt;
    }

    /** Whether the AEAD is AES-GCM (otherwise AES-CTR with truncated HMAC, section 4.5.1). */
    public boolean isGcm() {
        return nka == 0;
    }

    Hkdf.Hash hash() {
        return hash;
    }

    /** The suite with IANA code point {@code id}. */
    public static CipherSuite fromId(int id) throws MalformedDataException {
        for (CipherSuite suite : values()) {
            if (suite.id == id) {
                return suite;
            }
        }
        throw new MalformedDataException("unknown SFrame cipher suite 0x" + Integer.toHexString(id));
    }
}
