package org.sealroom.crypto.sframe;

import java.util.Objects;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.SecretKeyMaterial;

/**
 * An SFrame {@code base_key} (RFC 9605 section 4.4.1): the secret a KID names, from which {@link SFrameKey}
 * derives {@code sframe_key} and {@code sframe_salt}. Sealroom derives base keys per sender and epoch in
 * {@code org.sealroom.crypto.epoch}; other key-management schemes (for example an MLS exporter) can supply
 * their own through {@link #fromBytes}.
 */
public final class SFrameBaseKey extends SecretKeyMaterial {

    /** Shortest base key accepted: anything shorter could not carry 128 bits of security. */
    public static final int MIN_LENGTH = 16;

    private SFrameBaseKey(byte[] material) {
        super(material);
    }

    /** A base key from raw bytes (copied). */
    public static SFrameBaseKey fromBytes(byte[] baseKey, InsecureSecretKeyAccess access) {
        Objects.requireNonNull(access, "access");
        if (baseKey.length < MIN_LENGTH) {
            throw new IllegalArgumentException("SFrame base key must be at least " + MIN_LENGTH + " bytes");
        }
        return new SFrameBaseKey(baseKey.clone());
    }

    byte[] bytes() {
        return material();
    }
}
