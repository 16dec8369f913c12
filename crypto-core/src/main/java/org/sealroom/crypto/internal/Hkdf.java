package org.sealroom.crypto.internal;

import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF (RFC 5869) on the JDK's HMAC. Used for key derivation only, never per frame, so a fresh {@link Mac}
 * per call is fine. Intermediate blocks are wiped.
 */
public final class Hkdf {

    /** The HMAC algorithm names this class accepts. */
    public enum Hash {
        SHA256("HmacSHA256", 32),
        SHA512("HmacSHA512", 64);

        private final String macAlgorithm;
        private final int length;

        Hash(String macAlgorithm, int length) {
            this.macAlgorithm = macAlgorithm;
            this.length = length;
        }

        public String macAlgorithm() {
            return macAlgorithm;
        }

        /** Nh: the output length in bytes. */
        public int length() {
            return length;
        }
    }

    private Hkdf() {
    }

    /** HKDF-Extract (RFC 5869 section 2.2). An empty salt means Nh zero bytes, as the RFC says. */
    public static byte[] extract(Hash hash, byte[] salt, byte[] ikm) {
        byte[] effectiveSalt = salt.length == 0 ? new byte[hash.length()] : salt;
        Mac mac = mac(hash, effectiveSalt);
        return mac.doFinal(ikm);
    }

    /** HKDF-Expand (RFC 5869 section 2.3). */
    public static byte[] expand(Hash hash, byte[] prk, byte[] info, int length) {
        if (length < 0 || length > 255 * hash.length()) {
            throw new IllegalArgumentException("HKDF-Expand length out of range: " + length);
        }
        Mac mac = mac(hash, prk);
        byte[] out = new byte[length];
        byte[] block = new byte[0];
        int written = 0;
        try {
            for (int counter = 1; written < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                Arrays.fill(block, (byte) 0);
                block = mac.doFinal();
                int n = Math.min(block.length, length - written);
                System.arraycopy(block, 0, out, written, n);
                written += n;
            }
            return out;
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    /** Extract then expand, wiping the pseudorandom key. */
    public static byte[] derive(Hash hash, byte[] salt, byte[] ikm, byte[] info, int length) {
        byte[] prk = extract(hash, salt, ikm);
        try {
            return expand(hash, prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    private static Mac mac(Hash hash, byte[] key) {
        Mac mac = Jca.mac(hash.macAlgorithm());
        try {
            mac.init(new SecretKeySpec(key, hash.macAlgorithm()));
            return mac;
        } catch (InvalidKeyException e) {
            throw Jca.missing(hash.macAlgorithm(), e);
        }
    }
}
