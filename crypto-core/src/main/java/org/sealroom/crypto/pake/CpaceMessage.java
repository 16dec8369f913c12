package org.sealroom.crypto.pake;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.sealroom.crypto.MalformedDataException;

/**
 * One party's CPace message: its public share Y and its associated data AD, sent in clear and encoded on the wire as
 * {@code lv_cat(Y, AD)} (draft-irtf-cfrg-cpace-21, Sections 7.1 and A.3.4). Both values are public; the associated data
 * is authenticated only once key confirmation has succeeded.
 *
 * @param publicShare Y, an X25519 u-coordinate of {@value #PUBLIC_SHARE_LENGTH} octets (copied in and out)
 * @param associatedData AD, at most {@value #MAX_ASSOCIATED_DATA_LENGTH} octets, possibly empty (copied in and out)
 */
public record CpaceMessage(byte[] publicShare, byte[] associatedData) {

    /** Length of the public share: an X25519 u-coordinate. */
    public static final int PUBLIC_SHARE_LENGTH = CpaceX25519.FIELD_SIZE_BYTES;
    /** Longest accepted associated data. */
    public static final int MAX_ASSOCIATED_DATA_LENGTH = 1024;

    /**
     * @throws IllegalArgumentException if a length is out of range
     */
    public CpaceMessage {
        String problem = problem(publicShare, associatedData);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        publicShare = publicShare.clone();
        associatedData = associatedData.clone();
    }

    /**
     * Parses a message received from the peer. Only the framing is checked here; a low-order share is rejected by
     * {@link CpaceSession#finish(CpaceMessage)}.
     *
     * @throws MalformedDataException if the length prefixes do not add up to the message length, the share is not
     *     {@value #PUBLIC_SHARE_LENGTH} octets or the associated data is too long
     */
    public static CpaceMessage decode(byte[] encoded) throws MalformedDataException {
        List<byte[]> fields = LengthValue.parse(encoded, 2, "CPace message");
        String problem = problem(fields.get(0), fields.get(1));
        if (problem != null) {
            throw new MalformedDataException(problem);
        }
        return new CpaceMessage(fields.get(0), fields.get(1));
    }

    private static String problem(byte[] publicShare, byte[] associatedData) {
        if (publicShare == null || publicShare.length != PUBLIC_SHARE_LENGTH) {
            return "CPace message: public share must be " + PUBLIC_SHARE_LENGTH + " octets, got "
                    + (publicShare == null ? "null" : publicShare.length);
        }
        if (associatedData == null || associatedData.length > MAX_ASSOCIATED_DATA_LENGTH) {
            return "CPace message: associated data must be at most " + MAX_ASSOCIATED_DATA_LENGTH + " octets, got "
                    + (associatedData == null ? "null" : associatedData.length);
        }
        return null;
    }

    /** The wire encoding {@code lv_cat(Y, AD)}, which is also this message's part of the transcript. */
    public byte[] encode() {
        return LengthValue.lvCat(publicShare, associatedData);
    }

    @Override
    public byte[] publicShare() {
        return publicShare.clone();
    }

    @Override
    public byte[] associatedData() {
        return associatedData.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CpaceMessage that
                && Arrays.equals(publicShare, that.publicShare)
                && Arrays.equals(associatedData, that.associatedData);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(publicShare) + Arrays.hashCode(associatedData);
    }

    @Override
    public String toString() {
        return "CpaceMessage[Y=" + HexFormat.of().formatHex(publicShare) + ", AD=" + associatedData.length
                + " octets]";
    }
}
