package org.sealroom.crypto.pake;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.sealroom.crypto.MalformedDataException;

/**
 * The length-value encoding of draft-irtf-cfrg-cpace-21 (Section 6.3, Appendix A.1): {@code prepend_len} puts the
 * LEB128 encoding of a string's length in front of it, {@code lv_cat} concatenates such strings. Every CPace hash
 * input is built this way so that no two different inputs can encode to the same octets.
 */
final class LengthValue {

    /** Longest length prefix we accept when parsing: 3 LEB128 octets cover lengths below 2^21. */
    private static final int MAX_PREFIX_OCTETS = 3;

    private LengthValue() {
    }

    /** {@code prepend_len(data)}: LEB128(len(data)) || data. */
    static byte[] prependLen(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + MAX_PREFIX_OCTETS);
        writeLength(out, data.length);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** {@code lv_cat(a0, a1, ...)}: prepend_len(a0) || prepend_len(a1) || ... */
    static byte[] lvCat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            writeLength(out, part.length);
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Octets that {@code prepend_len} puts in front of a string of this length. */
    static int prefixLength(int length) {
        int octets = 1;
        for (int rest = length >>> 7; rest != 0; rest >>>= 7) {
            octets++;
        }
        return octets;
    }

    /**
     * Splits an {@code lv_cat} encoding into exactly {@code fieldCount} fields. Rejects truncated or overlong length
     * prefixes, non-minimal LEB128, fields running past the end and trailing octets.
     */
    static List<byte[]> parse(byte[] encoded, int fieldCount, String what) throws MalformedDataException {
        if (encoded == null) {
            throw new MalformedDataException(what + ": missing");
        }
        List<byte[]> fields = new ArrayList<>(fieldCount);
        int pos = 0;
        for (int field = 0; field < fieldCount; field++) {
            long length = 0;
            int octets = 0;
            while (true) {
                if (pos >= encoded.length) {
                    throw new MalformedDataException(what + ": length prefix of field " + field
                            + " runs past the end of the " + encoded.length + "-octet message");
                }
                int b = encoded[pos++] & 0xFF;
                if (octets > 0 && b == 0) {
                    throw new MalformedDataException(what + ": non-minimal length prefix in field " + field);
                }
                length |= (long) (b & 0x7F) << (7 * octets);
                octets++;
                if ((b & 0x80) == 0) {
                    break;
                }
                if (octets == MAX_PREFIX_OCTETS) {
                    throw new MalformedDataException(what + ": length prefix of field " + field
                            + " is longer than " + MAX_PREFIX_OCTETS + " octets");
                }
            }
            if (length > encoded.length - pos) {
                throw new MalformedDataException(what + ": field " + field + " claims " + length
                        + " octets but only " + (encoded.length - pos) + " remain");
            }
            byte[] value = new byte[(int) length];
            System.arraycopy(encoded, pos, value, 0, value.length);
            pos += value.length;
            fields.add(value);
        }
        if (pos != encoded.length) {
            throw new MalformedDataException(what + ": " + (encoded.length - pos)
                    + " trailing octets after " + fieldCount + " fields");
        }
        return fields;
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        int rest = length;
        while (rest >= 0x80) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }
}
