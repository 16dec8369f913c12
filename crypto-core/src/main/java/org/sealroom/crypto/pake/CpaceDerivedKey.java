package org.sealroom.crypto.pake;

import javax.crypto.SecretKey;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.RawSecretKey;

/**
 * A key derived from a confirmed CPace exchange with {@link CpaceSharedKey#deriveKey(String, int)}.
 * {@link #destroy()} overwrites it; {@link #toString()} never shows it.
 */
public final class CpaceDerivedKey extends SecretKeyMaterial {

    private final String label;

    /** Takes ownership of {@code key}. */
    CpaceDerivedKey(String label, byte[] key) {
        super(key);
        this.label = label;
    }

    /** The label the key was derived for. */
    public String label() {
        return label;
    }

    /** Key length in octets. */
    public int length() {
        return material().length;
    }

    /**
     * The key as a destroyable JCA key for an algorithm such as {@code "AES"} or {@code "HmacSHA256"}; it holds its
     * own copy, which the caller destroys when done.
     *
     * @throws IllegalStateException if this key was destroyed
     */
    public SecretKey toSecretKey(String algorithm) {
        byte[] key = material();
        return new RawSecretKey(algorithm, key, 0, key.length);
    }

    @Override
    public String toString() {
        return "CpaceDerivedKey[label=" + label + ", secret redacted" + (isDestroyed() ? ", destroyed]" : "]");
    }
}
