package org.sealroom.crypto.epoch;

import org.sealroom.crypto.SecretKeyMaterial;
import org.sealroom.crypto.internal.ByteWriter;
import org.sealroom.crypto.internal.Hkdf;
import org.sealroom.crypto.sframe.SFrameSender;

/**
 * The key schedule of one epoch. {@code epoch_secret = HKDF-Extract(salt = "Sealroom v1 epoch" | u64(epoch),
 * IKM = meeting key)}; each sender's base key is {@code HKDF-Expand(epoch_secret, "Sealroom v1 sender base key"
 * | u64(epoch) | u32(senderIndex) | u8(context), 32)} (SHA-256). Holds only the epoch secret, not the meeting key.
 */
public final class EpochKeys extends SecretKeyMaterial {

    /** Length of each sender's base key. */
    public static final int BASE_KEY_LENGTH = 32;

    private static final String EPOCH_LABEL = "Sealroom v1 epoch";
    private static final String SENDER_LABEL = "Sealroom v1 sender base key";

    private final Epoch epoch;

    private EpochKeys(Epoch epoch, byte[] epochSecret) {
        super(epochSecret);
        this.epoch = epoch;
    }

    /** Derives the schedule of {@code epoch} from its meeting key (which stays the caller's to destroy). */
    public static EpochKeys derive(Epoch epoch, MeetingKey meetingKey) {
        byte[] salt = new ByteWriter().ascii(EPOCH_LABEL).u64(epoch.value()).toByteArray();
        return new EpochKeys(epoch, Hkdf.extract(Hkdf.Hash.SHA256, salt, meetingKey.bytes()));
    }

    public Epoch epoch() {
        return epoch;
    }

    /** The base key of {@code senderIndex}'s {@code stream} in this epoch. */
    public SenderKey senderKey(int senderIndex, StreamKind stream) {
        KeyId keyId = KeyId.of(epoch, senderIndex, stream);
        return senderKey(keyId);
    }

    /** A sender for our own {@code stream}, with the suite {@code policy} assigns to it. */
    public SFrameSender newSender(int senderIndex, StreamKind stream, SuitePolicy policy) {
        try (SenderKey senderKey = senderKey(senderIndex, stream)) {
            return new SFrameSender(senderKey.sframeKey(policy.suiteFor(stream)));
        }
    }

    SenderKey senderKey(KeyId keyId) {
        byte[] info = new ByteWriter().ascii(SENDER_LABEL).u64(epoch.value()).u32(keyId.senderIndex())
                .u8(keyId.stream().context()).toByteArray();
        return new SenderKey(keyId, Hkdf.expand(Hkdf.Hash.SHA256, material(), info, BASE_KEY_LENGTH));
    }

    @Override
    public String toString() {
        return "EpochKeys[" + epoch + ", secret redacted" + (isDestroyed() ? ", destroyed]" : "]");
    }
}
