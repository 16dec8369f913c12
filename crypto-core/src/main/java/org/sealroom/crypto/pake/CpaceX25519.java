package org.sealroom.crypto.pake;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.sealroom.crypto.internal.Jca;

/**
 * The group environment G_X25519 with H = SHA-512, i.e. the cipher suite CPACE-X25519-SHA512 of
 * draft-irtf-cfrg-cpace-21 (Sections 7.2 and 8.2). Every method is a named step of the draft so that the test-vector
 * test can check each intermediate value.
 */
final class CpaceX25519 {

    /** G.DSI = b"CPace255". */
    static final byte[] DSI = "CPace255".getBytes(US_ASCII);
    /** G.DSI || b"_ISK", the domain separator of the ISK hash (Section 7.2). */
    static final byte[] DSI_ISK = "CPace255_ISK".getBytes(US_ASCII);
    /** G.field_size_bytes: the length of scalars, points and K. */
    static final int FIELD_SIZE_BYTES = 32;
    /** H.s_in_bytes of SHA-512: the input block size the generator string pads to (Section 8.1). */
    static final int HASH_BLOCK_BYTES = 128;
    /** H.b_in_bytes of SHA-512: the length of ISK. */
    static final int HASH_OUTPUT_BYTES = 64;

    private static final byte[] IDENTITY = new byte[FIELD_SIZE_BYTES];

    private CpaceX25519() {
    }

    /** Length of the zero padding that fills the first hash block after DSI and PRS (Section 8.1). */
    static int zeroPaddingLength(int prsLength) {
        return Math.max(0, HASH_BLOCK_BYTES - 1 - LengthValue.prefixLength(prsLength) - prsLength
                - LengthValue.prefixLength(DSI.length) - DSI.length);
    }

    /** generator_string(G.DSI, PRS, CI, sid, H.s_in_bytes) = lv_cat(DSI, PRS, zero_bytes(len_zpad), CI, sid). */
    static byte[] generatorString(byte[] prs, byte[] channelId, byte[] sessionId) {
        return LengthValue.lvCat(DSI, prs, new byte[zeroPaddingLength(prs.length)], channelId, sessionId);
    }

    /** G.calculate_generator(H, PRS, CI, sid): Elligator 2 of the first 32 octets of SHA-512(generator string). */
    static byte[] calculateGenerator(byte[] prs, byte[] channelId, byte[] sessionId) {
        byte[] generatorString = generatorString(prs, channelId, sessionId);
        byte[] hash = sha512(generatorString);
        byte[] fieldElement = Arrays.copyOf(hash, FIELD_SIZE_BYTES);
        try {
            return Curve25519Elligator2.mapToCurve(fieldElement);
        } finally {
            Arrays.fill(generatorString, (byte) 0);
            Arrays.fill(hash, (byte) 0);
            Arrays.fill(fieldElement, (byte) 0);
        }
    }

    /** G.scalar_mult(y, g) = G.scalar_mult_vfy(y, g) = X25519(y, g) (RFC 7748, Section 5). */
    static byte[] scalarMult(byte[] scalar, byte[] point) {
        byte[] result = new byte[FIELD_SIZE_BYTES];
        X25519.scalarMult(scalar, 0, point, 0, result, 0);
        return result;
    }

    /** Whether a scalar_mult_vfy result is G.I (32 zero octets), compared in constant time. */
    static boolean isIdentity(byte[] point) {
        return MessageDigest.isEqual(point, IDENTITY);
    }

    /** ISK = H.hash(lv_cat(G.DSI || b"_ISK", sid, K) || transcript) (Section 7.2). */
    static byte[] intermediateSessionKey(byte[] sessionId, byte[] k, byte[] transcript) {
        byte[] prefix = LengthValue.lvCat(DSI_ISK, sessionId, k);
        try {
            return sha512(prefix, transcript);
        } finally {
            Arrays.fill(prefix, (byte) 0);
        }
    }

    static byte[] sha512(byte[]... parts) {
        MessageDigest digest = Jca.digest("SHA-512");
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
