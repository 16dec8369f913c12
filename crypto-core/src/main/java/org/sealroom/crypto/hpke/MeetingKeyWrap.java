package org.sealroom.crypto.hpke;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.epoch.MeetingKey;

/**
 * Wraps the epoch's meeting key for each participant with HPKE mode_auth (RFC 9180 section 5.1.3): sealed to the
 * participant's per-meeting X25519 key, authenticated by the host's X25519 key, bound to the {@link WrapContext}
 * through {@code info}. A participant can therefore tell that the key came from the host, for this room and epoch.
 */
public final class MeetingKeyWrap {

    private static final byte[] NO_AAD = new byte[0];

    private MeetingKeyWrap() {
    }

    /**
     * Seals {@code meetingKey} for {@code recipient}.
     *
     * @throws MalformedDataException if {@code recipient} is not a usable X25519 key
     */
    public static WrappedMeetingKey wrap(MeetingKey meetingKey, X25519PublicKey recipient, X25519KeyPair host,
            WrapContext context) throws MalformedDataException {
        byte[] key = meetingKey.copyMaterial(InsecureSecretKeyAccess.get());
        try {
            return new WrappedMeetingKey(Hpke.sealAuth(recipient, host, context.info(), NO_AAD, key));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Seals {@code meetingKey} for every recipient, in parallel across the machine's cores (a rekey for a large
     * meeting is three X25519 operations per participant). The result is in the order of {@code recipients}.
     *
     * @throws MalformedDataException if any recipient key is unusable
     */
    public static List<WrappedMeetingKey> wrapAll(MeetingKey meetingKey, List<X25519PublicKey> recipients,
            X25519KeyPair host, WrapContext context) throws MalformedDataException {
        Objects.requireNonNull(host, "host");
        byte[] info = context.info();
        byte[] key = meetingKey.copyMaterial(InsecureSecretKeyAccess.get());
        WrappedMeetingKey[] wrapped = new WrappedMeetingKey[recipients.size()];
        try {
            IntStream.range(0, wrapped.length).parallel().forEach(i -> {
                try {
                    wrapped[i] = new WrappedMeetingKey(Hpke.sealAuth(recipients.get(i), host, info, NO_AAD, key));
                } catch (MalformedDataException e) {
                    throw new BadRecipient(i, e);
                }
            });
        } catch (BadRecipient e) {
            throw new MalformedDataException("recipient " + e.index + ": " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return List.of(wrapped);
    }

    /**
     * Opens a wrapped key with the participant's key pair, checking it was sealed by {@code host} for
     * {@code context}.
     *
     * @throws AuthenticationFailedException if it was altered, or not made by this host for this room and epoch
     * @throws MalformedDataException if a key in it is a low-order point
     */
    public static MeetingKey unwrap(WrappedMeetingKey wrapped, X25519KeyPair recipient, X25519PublicKey host,
            WrapContext context) throws AuthenticationFailedException, MalformedDataException {
        byte[] key = Hpke.openAuth(recipient, host, wrapped.ciphertext(), context.info(), NO_AAD);
        try {
            if (key.length != MeetingKey.LENGTH) {
                throw new MalformedDataException("wrapped meeting key has the wrong length");
            }
            return MeetingKey.fromBytes(key, InsecureSecretKeyAccess.get());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Carries a checked failure out of the parallel stream. */
    private static final class BadRecipient extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int index;

        BadRecipient(int index, MalformedDataException cause) {
            super(cause);
            this.index = index;
        }
    }
}
