package org.sealroom.crypto.sframe;

import java.nio.ByteBuffer;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.internal.ByteWriter;

/**
 * The SFrame header of RFC 9605 section 4.3: a config byte {@code X|K(3)|Y|C(3)} followed by the KID and CTR as
 * minimal big-endian unsigned integers. Values 0-7 live in the config byte itself. KID and CTR are unsigned
 * 64-bit values held in Java {@code long}s.
 *
 * @param kid key identifier (unsigned)
 * @param ctr frame counter (unsigned)
 */
public record SFrameHeader(long kid, long ctr) {

    /** Longest possible encoding: config byte plus two 8-byte values. */
    public static final int MAX_LENGTH = 17;

    private static final int INLINE_LIMIT = 8;

    /** Length of this header's encoding in bytes (1 to 17). */
    public int encodedLength() {
        return encodedLength(kid, ctr);
    }

    /** The encoded header (RFC 9605 section 4.3). */
    public byte[] encode() {
        byte[] out = new byte[encodedLength()];
        encode(kid, ctr, out, 0);
        return out;
    }

    /**
     * Reads one header from {@code in} and advances its position past it.
     *
     * @throws MalformedDataException if the header is truncated or not minimally encoded (section 4.3 says
     *     values MUST use the minimum number of bytes); {@code in} is then left unchanged
     */
    public static SFrameHeader decode(ByteBuffer in) throws MalformedDataException {
        long[] kidAndCtr = new long[2];
        parse(in, kidAndCtr);
        return new SFrameHeader(kidAndCtr[0], kidAndCtr[1]);
    }

    /**
     * {@link #decode} without allocating, for the frame path: stores KID and CTR in {@code kidAndCtr[0..1]},
     * advances {@code in} past the header and returns the header's length.
     */
    static int parse(ByteBuffer in, long[] kidAndCtr) throws MalformedDataException {
        int start = in.position();
        int available = in.remaining();
        if (available < 1) {
            throw MalformedDataException.onFramePath("SFrame header: empty input");
        }
        int config = in.get(start) & 0xFF;
        int k = (config >>> 4) & 0x07;
        int c = config & 0x07;
        boolean extendedKid = (config & 0x80) != 0;
        boolean extendedCtr = (config & 0x08) != 0;
        int kidLength = extendedKid ? k + 1 : 0;
        int ctrLength = extendedCtr ? c + 1 : 0;
        int length = 1 + kidLength + ctrLength;
        if (available < length) {
            throw MalformedDataException.onFramePath("SFrame header: truncated (needs " + length
                    + " bytes, has " + available + ")");
        }
        kidAndCtr[0] = extendedKid ? readMinimal(in, start + 1, kidLength, "KID") : k;
        kidAndCtr[1] = extendedCtr ? readMinimal(in, start + 1 + kidLength, ctrLength, "CTR") : c;
        in.position(start + length);
        return length;
    }

    /** Encoded length of a header for {@code kid} and {@code ctr}, without allocating. */
    static int encodedLength(long kid, long ctr) {
        return 1 + fieldLength(kid) + fieldLength(ctr);
    }

    /** Writes the header for {@code kid} and {@code ctr} into {@code dst}; returns its length. Allocation-free. */
    static int encode(long kid, long ctr, byte[] dst, int offset) {
        int kidLength = fieldLength(kid);
        int ctrLength = fieldLength(ctr);
        int config = kidLength == 0 ? (int) kid << 4 : 0x80 | (kidLength - 1) << 4;
        config |= ctrLength == 0 ? (int) ctr : 0x08 | (ctrLength - 1);
        dst[offset] = (byte) config;
        ByteWriter.putUnsigned(dst, offset + 1, kidLength, kid);
        ByteWriter.putUnsigned(dst, offset + 1 + kidLength, ctrLength, ctr);
        return 1 + kidLength + ctrLength;
    }

    /** Bytes after the config byte needed for {@code value}: 0 when it fits in the config byte. */
    private static int fieldLength(long value) {
        if (value >= 0 && value < INLINE_LIMIT) {
            return 0;
        }
        return (64 - Long.numberOfLeadingZeros(value) + 7) >>> 3;
    }

    private static long readMinimal(ByteBuffer in, int offset, int length, String field)
            throws MalformedDataException {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (in.get(offset + i) & 0xFF);
        }
        if (fieldLength(value) != length) {
            throw MalformedDataException.onFramePath("SFrame header: " + field
                    + " is not minimally encoded");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SFrameHeader[kid=" + Long.toUnsignedString(kid) + ", ctr=" + Long.toUnsignedString(ctr) + "]";
    }
}
