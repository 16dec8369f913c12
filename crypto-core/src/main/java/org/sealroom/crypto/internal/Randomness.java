package org.sealroom.crypto.internal;

import java.security.SecureRandom;

/** The one source of randomness for keys, salts and nonces in crypto-core. */
public final class Randomness {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Randomness() {
    }

    public static SecureRandom secureRandom() {
        return RANDOM;
    }

    public static byte[] bytes(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }
}
