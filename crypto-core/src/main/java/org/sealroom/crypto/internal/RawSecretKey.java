package org.sealroom.crypto.internal;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A JCA {@link SecretKey} over bytes this class owns, so that {@link #destroy()} really wipes them (the JDK's
 * {@code SecretKeySpec} cannot be destroyed). JCA providers call {@link #getEncoded()}, which returns a copy.
 */
public final class RawSecretKey implements SecretKey {

    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final byte[] key;
    private volatile boolean destroyed;

    public RawSecretKey(String algorithm, byte[] source, int offset, int length) {
        this.algorithm = algorithm;
        this.key = Arrays.copyOfRange(source, offset, offset + length);
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        return key.clone();
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "RawSecretKey[" + algorithm + ", redacted]";
    }
}
