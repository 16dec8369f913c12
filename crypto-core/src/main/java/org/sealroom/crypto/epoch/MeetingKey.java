package org.sealroom.crypto.epoch;

import java.util.Objects;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.internal.Randomness;

/**
 * The random 256-bit secret of one epoch, made by the host and wrapped for each participant with HPKE. Every
 * frame key of the epoch derives from it ({@link EpochKeys}).
 */
public final class MeetingKey extends SecretKeyMaterial {

    public static final int LENGTH = 32;

    static final byte[] COMMITMENT_LABEL = new ByteWriter().ascii("Sealroom v1 key commitment").toByteArray();

    private MeetingKey(byte[] material) {
        super(material);
    }

    /** A fresh key from the system's secure random source. */
    public static MeetingKey generate() {
        return new MeetingKey(Randomness.bytes(LENGTH));
    }

    /** A key from raw bytes (copied), for example after unwrapping. */
    public static MeetingKey fromBytes(byte[] key, InsecureSecretKeyAccess access) {
        Objects.requireNonNull(access, "access");
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("meeting key must be " + LENGTH + " bytes");
        }
        return new MeetingKey(key.clone());
    }

    /**
     * {@code HKDF-SHA256(salt = "", IKM = meeting key, info = "Sealroom v1 key commitment", L = 32)}: a value
     * every member can compute and compare (through the security code) without revealing the key.
     */
    public KeyCommitment commitment() {
        return new KeyCommitment(Hkdf.derive(Hkdf.Hash.SHA256, new byte[0], material(), COMMITMENT_LABEL,
                KeyCommitment.LENGTH));
    }

    byte[] bytes() {
        return material();
    }
}
