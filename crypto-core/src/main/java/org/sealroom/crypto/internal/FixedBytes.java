package org.sealroom.crypto.internal;

import java.util.HexFormat;
import org.sealroom.crypto.MalformedDataException;

/** Checks and prints the fixed-length public byte values (public keys, signatures, commitments, encapsulations). */
public final class FixedBytes {

    private FixedBytes() {
    }

    /**
     * A copy of {@code bytes}, which must be exactly {@code length} long: for values made by our own code.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static byte[] copyOf(byte[] bytes, int length, String what) {
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes");
        }
        return bytes.clone();
    }

    /**
     * A copy of {@code encoded}, which must be exactly {@code length} long: for received values.
     *
     * @throws MalformedDataException otherwise, naming the length found
     */
    public static byte[] decode(byte[] encoded, int length, String what) throws MalformedDataException {
        if (encoded == null || encoded.length != length) {
            throw new MalformedDataException(what + " must be " + length + " bytes, got "
                    + (encoded == null ? "null" : encoded.length));
        }
        return encoded.clone();
    }

    /** {@code Type[hex]}, for {@code toString()} of public values. */
    public static String describe(String type, byte[] bytes) {
        return type + "[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
