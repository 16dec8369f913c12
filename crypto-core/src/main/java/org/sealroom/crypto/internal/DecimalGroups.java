package org.sealroom.crypto.internal;

import java.math.BigInteger;

/**
 * Renders a digest as groups of five decimal digits for people to compare aloud. The digest (at least 32 bytes)
 * is read as an unsigned integer and reduced modulo 10^(5 * groups); with 2^256 inputs the bias is negligible.
 */
public final class DecimalGroups {

    private static final int DIGITS_PER_GROUP = 5;

    private DecimalGroups() {
    }

    public static String render(byte[] digest, int groups) {
        if (digest.length < 32) {
            throw new IllegalArgumentException("digest too short for decimal groups");
        }
        int digits = groups * DIGITS_PER_GROUP;
        BigInteger modulus = BigInteger.TEN.pow(digits);
        String number = new BigInteger(1, digest).mod(modulus).toString();
        String padded = "0".repeat(digits - number.length()) + number;
        StringBuilder out = new StringBuilder(digits + groups);
        for (int i = 0; i < digits; i += DIGITS_PER_GROUP) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(padded, i, i + DIGITS_PER_GROUP);
        }
        return out.toString();
    }
}
