package org.sealroom.crypto.hpke;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.sealroom.crypto.MalformedDataException;

/**
 * The output of single-shot HPKE (RFC 9180 section 6.1): the encapsulated key and the AEAD ciphertext (which ends
 * in the 16-byte tag). Encoded as {@code enc | ciphertext}; {@code enc} has a fixed length, so no length prefix.
 *
 * @param enc the encapsulated key
 * @param ciphertext the AEAD output, at least {@value #TAG_LENGTH} bytes (copied in and out)
 */
public record HpkeCiphertext(EncapsulatedKey enc, byte[] ciphertext) {

    /** Nt of AES-128-GCM. */
    public static final int TAG_LENGTH = 16;
    /** Refuse absurd sizes: Sealroom seals keys, not bulk data. */
    public static final int MAX_CIPHERTEXT_LENGTH = 64 * 1024;

    public HpkeCiphertext {
        Objects.requireNonNull(enc, "enc");
        if (ciphertext == null || ciphertext.length < TAG_LENGTH || ciphertext.length > MAX_CIPHERTEXT_LENGTH) {
            throw new IllegalArgumentException("HPKE ciphertext length must be in [16, 65536]");
        }
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    byte[] rawCiphertext() {
        return ciphertext;
    }

    /** {@code enc | ciphertext}. */
    public byte[] encode() {
        byte[] out = new byte[EncapsulatedKey.LENGTH + ciphertext.length];
        System.arraycopy(enc.raw(), 0, out, 0, EncapsulatedKey.LENGTH);
        System.arraycopy(ciphertext, 0, out, EncapsulatedKey.LENGTH, ciphertext.length);
        return out;
    }

    /** Splits {@code enc | ciphertext}. */
    public static HpkeCiphertext decode(byte[] encoded) throws MalformedDataException {
        if (encoded == null) {
            throw new MalformedDataException("HPKE ciphertext is null");
        }
        int ciphertextLength = encoded.length - EncapsulatedKey.LENGTH;
        if (ciphertextLength < TAG_LENGTH || ciphertextLength > MAX_CIPHERTEXT_LENGTH) {
            throw new MalformedDataException("HPKE ciphertext has an impossible length: " + encoded.length
                    + " bytes");
        }
        return new HpkeCiphertext(new EncapsulatedKey(Arrays.copyOf(encoded, EncapsulatedKey.LENGTH)),
                Arrays.copyOfRange(encoded, EncapsulatedKey.LENGTH, encoded.length));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HpkeCiphertext that && enc.equals(that.enc)
                && MessageDigest.isEqual(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * enc.hashCode() + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "HpkeCiphertext[enc=" + enc + ", " + ciphertext.length + " bytes]";
    }
}
