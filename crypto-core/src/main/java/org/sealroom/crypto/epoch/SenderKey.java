package org.sealroom.crypto.epoch;

import java.util.Arrays;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.sframe.CipherSuite;
import org.sealroom.crypto.sframe.SFrameBaseKey;
import org.sealroom.crypto.sframe.SFrameKey;

/** The SFrame {@code base_key} of one sender's stream in one epoch, named by its {@link KeyId}. */
public final class SenderKey extends SecretKeyMaterial {

    private final KeyId keyId;

    SenderKey(KeyId keyId, byte[] baseKey) {
        super(baseKey);
        this.keyId = keyId;
    }

    public KeyId keyId() {
        return keyId;
    }

    /** The frame key for this sender's KID under {@code suite} (RFC 9605 section 4.4.2). */
    public SFrameKey sframeKey(CipherSuite suite) {
        byte[] copy = copyMaterial(InsecureSecretKeyAccess.get());
        try (SFrameBaseKey baseKey = SFrameBaseKey.fromBytes(copy, InsecureSecretKeyAccess.get())) {
            return SFrameKey.derive(suite, keyId.value(), baseKey);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "SenderKey[" + keyId + ", secret redacted" + (isDestroyed() ? ", destroyed]" : "]");
    }
}
