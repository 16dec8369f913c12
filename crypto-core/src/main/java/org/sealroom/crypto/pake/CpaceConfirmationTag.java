package org.sealroom.crypto.pake;

import java.security.MessageDigest;
import java.util.Arrays;
import org.sealroom.crypto.MalformedDataException;

/**
 * An explicit key-confirmation tag (draft-irtf-cfrg-cpace-21, Section 10.4): HMAC-SHA-512 under
 * mac_key = SHA-512(b"CPaceMac" || sid || ISK) over the sender's own message {@code lv_cat(Y, AD)}. Each side sends
 * its tag and checks the peer's, so a wrong password is detected by both. Tags are public.
 *
 * @param bytes the tag, {@value #LENGTH} octets (copied in and out)
 */
public record CpaceConfirmationTag(byte[] bytes) {

    /** Length of a tag: the full HMAC-SHA-512 output. */
    public static final int LENGTH = 64;

    /**
     * @throws IllegalArgumentException if the tag is not {@value #LENGTH} octets
     */
    public CpaceConfirmationTag {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException(lengthMessage(bytes));
        }
        bytes = bytes.clone();
    }

    /**
     * A tag received from the peer.
     *
     * @throws MalformedDataException if it is not {@value #LENGTH} octets
     */
    public static CpaceConfirmationTag decode(byte[] encoded) throws MalformedDataException {
        if (encoded == null || encoded.length != LENGTH) {
            throw new MalformedDataException(lengthMessage(encoded));
        }
        return new CpaceConfirmationTag(encoded);
    }

    private static String lengthMessage(byte[] value) {
        return "CPace confirmation tag must be " + LENGTH + " octets, got " + (value == null ? "null" : value.length);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Constant-time comparison. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CpaceConfirmationTag that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CpaceConfirmationTag[" + LENGTH + " octets]";
    }
}
