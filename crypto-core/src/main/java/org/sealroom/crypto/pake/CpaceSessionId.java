package org.sealroom.crypto.pake;

import java.util.Arrays;
import java.util.HexFormat;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.Randomness;

/**
 * The public session identifier sid of CPace (draft-irtf-cfrg-cpace-21, Sections 4.1 and 10.9). A fresh sid for every
 * attempt binds the exchange to that attempt and forces an attacker to solve one Diffie-Hellman problem per password
 * guess (Section 10.12). This implementation requires one: the draft's empty-sid variant is not offered.
 *
 * @param bytes the sid, {@value #MIN_LENGTH} to {@value #MAX_LENGTH} octets (copied in and out)
 */
public record CpaceSessionId(byte[] bytes) {

    /** Shortest accepted sid: 16 octets, the length of the draft's test vector and of {@link #random()}. */
    public static final int MIN_LENGTH = 16;
    /** Longest accepted sid. */
    public static final int MAX_LENGTH = 64;

    /**
     * @throws IllegalArgumentException if the length is outside [{@value #MIN_LENGTH}, {@value #MAX_LENGTH}]
     */
    public CpaceSessionId {
        if (bytes == null || bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException(lengthMessage(bytes));
        }
        bytes = bytes.clone();
    }

    /** A fresh random sid of {@value #MIN_LENGTH} octets, typically chosen by the initiator and sent in clear. */
    public static CpaceSessionId random() {
        return new CpaceSessionId(Randomness.bytes(MIN_LENGTH));
    }

    /**
     * A sid received from the peer.
     *
     * @throws MalformedDataException if it is shorter than {@value #MIN_LENGTH} or longer than {@value #MAX_LENGTH}
     *     octets
     */
    public static CpaceSessionId decode(byte[] encoded) throws MalformedDataException {
        if (encoded == null || encoded.length < MIN_LENGTH || encoded.length > MAX_LENGTH) {
            throw new MalformedDataException(lengthMessage(encoded));
        }
        return new CpaceSessionId(encoded);
    }

    private static String lengthMessage(byte[] value) {
        return "CPace session id must be " + MIN_LENGTH + " to " + MAX_LENGTH + " octets, got "
                + (value == null ? "null" : value.length);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CpaceSessionId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CpaceSessionId[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
