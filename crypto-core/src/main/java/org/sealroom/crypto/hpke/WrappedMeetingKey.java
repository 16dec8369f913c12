package org.sealroom.crypto.hpke;

import java.util.Objects;
import org.sealroom.crypto.MalformedDataException;

/**
 * A meeting key sealed for one participant: {@code enc[32] | AES-128-GCM(key[32]) | tag[16]}, exactly
 * {@value #LENGTH} bytes on the wire per participant.
 *
 * @param ciphertext the HPKE output
 */
public record WrappedMeetingKey(HpkeCiphertext ciphertext) {

    public static final int LENGTH = EncapsulatedKey.LENGTH + 32 + HpkeCiphertext.TAG_LENGTH;

    public WrappedMeetingKey {
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ciphertext.rawCiphertext().length != LENGTH - EncapsulatedKey.LENGTH) {
            throw new IllegalArgumentException("a wrapped meeting key is " + LENGTH + " bytes");
        }
    }

    public byte[] encode() {
        return ciphertext.encode();
    }

    public static WrappedMeetingKey decode(byte[] encoded) throws MalformedDataException {
        if (encoded == null || encoded.length != LENGTH) {
            throw new MalformedDataException("wrapped meeting key must be " + LENGTH + " bytes, got "
                    + (encoded == null ? "null" : encoded.length));
        }
        return new WrappedMeetingKey(HpkeCiphertext.decode(encoded));
    }
}
