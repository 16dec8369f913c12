package org.sealroom.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds labels and contexts: fixed-width big-endian integers and length-prefixed strings. */
public final class ByteWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    public ByteWriter ascii(String label) {
        byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public ByteWriter bytes(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public ByteWriter u8(int value) {
        out.write(value);
        return this;
    }

    public ByteWriter u16(int value) {
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    public ByteWriter u32(long value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    public ByteWriter u64(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    /** UTF-8 bytes prefixed with their length as u16, so that no two strings encode alike. */
    public ByteWriter utf8WithLength(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("string longer than 65535 bytes");
        }
        u16(bytes.length);
        return bytes(bytes);
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Writes {@code value} big-endian into {@code length} bytes of {@code dst} at {@code offset}. */
    public static void putUnsigned(byte[] dst, int offset, int length, long value) {
        for (int i = length - 1; i >= 0; i--) {
            dst[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    /** Reads {@code length} (at most 8) big-endian bytes as an unsigned value. */
    public static long getUnsigned(byte[] src, int offset, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = (value << 8) | (src[offset + i] & 0xFF);
        }
        return value;
    }
}
