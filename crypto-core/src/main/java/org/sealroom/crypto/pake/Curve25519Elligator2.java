package org.sealroom.crypto.pake;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The Elligator 2 map onto Curve25519 (RFC 9380, Section 6.7.1 with Z = 2, J = 486662, K = 1), returning only the
 * u-coordinate, which is all that CPace needs (draft-irtf-cfrg-cpace-21, Section 8.2).
 *
 * <p>The input is derived from the password, so the map runs in constant time: one Fermat inversion, one
 * exponentiation for the Legendre symbol and a conditional move, on Bouncy Castle's constant-time field arithmetic,
 * with no branch or table look-up on secret data.
 */
final class Curve25519Elligator2 {

    /** The Montgomery coefficient A of Curve25519 (RFC 7748, Section 4.1). */
    private static final int A = 486662;
    /** The non-square Z for curve25519: RFC 9380, Section 8.5; draft-irtf-cfrg-cpace-21, Appendix A.5. */
    private static final int Z = 2;

    private Curve25519Elligator2() {
    }

    /**
     * Maps a 32-octet string to the u-coordinate of a point on Curve25519. The string is read as
     * {@code decodeUCoordinate(r, 255)} of RFC 7748 (little-endian, bit 255 ignored); the result is the canonical
     * little-endian encoding of x = x1 if g(x1) is a square, else x2 = -x1 - A, where x1 = -A / (1 + Z u^2).
     */
    static byte[] mapToCurve(byte[] fieldElement) {
        if (fieldElement.length != CpaceX25519.FIELD_SIZE_BYTES) {
            throw new IllegalArgumentException("field element must be 32 octets, got " + fieldElement.length);
        }
        int[] u = X25519Field.create();
        X25519Field.decode255(fieldElement, u);

        // x1 = -A / (1 + Z u^2). The denominator is never zero: -1/Z is not a square modulo 2^255 - 19.
        int[] denominator = X25519Field.create();
        X25519Field.sqr(u, denominator);
        X25519Field.mul(denominator, Z, denominator);
        X25519Field.addOne(denominator);
        int[] x1 = X25519Field.create();
        X25519Field.inv(denominator, x1);
        X25519Field.mul(x1, A, x1);
        X25519Field.negate(x1, x1);

        int[] a = X25519Field.create();
        a[0] = A;

        // g(x1) = x1^3 + A x1^2 + x1 = x1 (x1 (x1 + A) + 1)
        int[] x1PlusA = X25519Field.create();
        X25519Field.add(x1, a, x1PlusA);
        int[] gx1 = X25519Field.create();
        X25519Field.mul(x1PlusA, x1, gx1);
        X25519Field.addOne(gx1);
        X25519Field.mul(gx1, x1, gx1);
        int gx1IsSquare = isSquareMask(gx1);

        // x2 = -x1 - A; then x = gx1 is square ? x1 : x2, chosen without a branch.
        int[] x = X25519Field.create();
        X25519Field.negate(x1PlusA, x);
        X25519Field.cmov(gx1IsSquare, x1, 0, x, 0);

        X25519Field.normalize(x);
        byte[] encoded = new byte[CpaceX25519.FIELD_SIZE_BYTES];
        X25519Field.encode(x, encoded, 0);
        wipe(u, denominator, x1, x1PlusA, gx1, x);
        return encoded;
    }

    /** -1 if v is a non-zero square, else 0: the Legendre symbol v^((p-1)/2) compared with 1 in constant time. */
    private static int isSquareMask(int[] v) {
        int[] legendre = X25519Field.create();
        powPMinus1Over2(v, legendre);
        X25519Field.normalize(legendre);
        int mask = X25519Field.isOne(legendre);
        wipe(legendre);
        return mask;
    }

    /**
     * z = x^((p-1)/2) = x^(2^254 - 10) = (x^(2^250 - 1))^(2^4) * x^6, with the addition chain Bouncy Castle uses
     * for x^((p-5)/8): the name xN holds x^(2^N - 1).
     */
    private static void powPMinus1Over2(int[] x, int[] z) {
        int[] x2 = X25519Field.create();
        X25519Field.sqr(x, x2);
        X25519Field.mul(x, x2, x2);
        int[] x6 = X25519Field.create();
        X25519Field.sqr(x2, x6); // (x^3)^2 = x^6, kept for the last step
        int[] x3 = X25519Field.create();
        X25519Field.sqr(x2, x3);
        X25519Field.mul(x, x3, x3);
        int[] x5 = X25519Field.create();
        X25519Field.sqr(x3, 2, x5);
        X25519Field.mul(x2, x5, x5);
        int[] x10 = X25519Field.create();
        X25519Field.sqr(x5, 5, x10);
        X25519Field.mul(x5, x10, x10);
        int[] x15 = X25519Field.create();
        X25519Field.sqr(x10, 5, x15);
        X25519Field.mul(x5, x15, x15);
        int[] x25 = X25519Field.create();
        X25519Field.sqr(x15, 10, x25);
        X25519Field.mul(x10, x25, x25);
        int[] x50 = X25519Field.create();
        X25519Field.sqr(x25, 25, x50);
        X25519Field.mul(x25, x50, x50);
        int[] x75 = X25519Field.create();
        X25519Field.sqr(x50, 25, x75);
        X25519Field.mul(x25, x75, x75);
        int[] x125 = X25519Field.create();
        X25519Field.sqr(x75, 50, x125);
        X25519Field.mul(x50, x125, x125);
        int[] x250 = X25519Field.create();
        X25519Field.sqr(x125, 125, x250);
        X25519Field.mul(x125, x250, x250);

        X25519Field.sqr(x250, 4, z);
        X25519Field.mul(z, x6, z);
        wipe(x2, x6, x3, x5, x10, x15, x25, x50, x75, x125, x250);
    }

    private static void wipe(int[]... elements) {
        for (int[] element : elements) {
            X25519Field.zero(element);
        }
    }
}
