package org.sealroom.crypto.epoch;

import org.sealroom.crypto.MalformedDataException;

/**
 * Sealroom's SFrame KID layout, after RFC 9605 section 5.2:
 * {@code KID = (context << (S + E)) | (senderIndex << E) | (epoch mod 2^E)} with E = {@value #EPOCH_BITS} and
 * S = {@value #SENDER_INDEX_BITS}. Only the low epoch bits travel; a receiver holds at most two epochs, so they
 * are unambiguous. Documented in {@code docs/crypto.md}.
 *
 * @param epochBits the epoch number modulo 2^E
 * @param senderIndex the sender's index in the meeting, 0 to 65535
 * @param stream which of the sender's streams
 */
public record KeyId(int epochBits, int senderIndex, StreamKind stream) {

    /** E: low-order epoch bits carried in the KID. */
    public static final int EPOCH_BITS = 4;
    /** S: bits for the sender index; a meeting has at most 2^16 senders. */
    public static final int SENDER_INDEX_BITS = 16;
    public static final int MAX_SENDER_INDEX = (1 << SENDER_INDEX_BITS) - 1;

    private static final int EPOCH_MASK = (1 << EPOCH_BITS) - 1;
    private static final int CONTEXT_SHIFT = EPOCH_BITS + SENDER_INDEX_BITS;
    private static final int CONTEXT_BITS = 2;

    public KeyId {
        if (epochBits < 0 || epochBits > EPOCH_MASK) {
            throw new IllegalArgumentException("epochBits out of range: " + epochBits);
        }
        if (senderIndex < 0 || senderIndex > MAX_SENDER_INDEX) {
            throw new IllegalArgumentException("sender index out of range [0, 65535]: " + senderIndex);
        }
        if (stream == null) {
            throw new IllegalArgumentException("stream must not be null");
        }
    }

    /** The KID for {@code senderIndex}'s {@code stream} in {@code epoch}. */
    public static KeyId of(Epoch epoch, int senderIndex, StreamKind stream) {
        return new KeyId(epochBits(epoch), senderIndex, stream);
    }

    /** The epoch bits {@code epoch} contributes to a KID. */
    public static int epochBits(Epoch epoch) {
        return (int) (epoch.value() & EPOCH_MASK);
    }

    /** The epoch bits of a raw KID, without parsing the rest. */
    public static int epochBitsOf(long kid) {
        return (int) (kid & EPOCH_MASK);
    }

    /** The 64-bit KID value for the SFrame header. */
    public long value() {
        return ((long) stream.context() << CONTEXT_SHIFT) | ((long) senderIndex << EPOCH_BITS) | epochBits;
    }

    /**
     * Splits a KID from a received SFrame header.
     *
     * @throws MalformedDataException if the KID is outside Sealroom's layout
     */
    public static KeyId parse(long kid) throws MalformedDataException {
        if ((kid >>> CONTEXT_SHIFT) >= (1L << CONTEXT_BITS) || kid < 0) {
            throw MalformedDataException.onFramePath("KID outside the Sealroom layout: "
                    + Long.toUnsignedString(kid));
        }
        StreamKind stream = StreamKind.fromContext((int) (kid >>> CONTEXT_SHIFT));
        int senderIndex = (int) ((kid >>> EPOCH_BITS) & MAX_SENDER_INDEX);
        return new KeyId((int) (kid & EPOCH_MASK), senderIndex, stream);
    }
}
