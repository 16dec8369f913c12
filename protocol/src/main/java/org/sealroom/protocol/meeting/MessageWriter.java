package org.sealroom.protocol.meeting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Big-endian writer for the binary meeting messages; {@code vec16} is a u16 length and the bytes. */
final class MessageWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

    MessageWriter u8(int value) {
        out.write(value);
        return this;
    }

    MessageWriter u16(int value) {
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    MessageWriter u32(long value) {
        u16((int) (value >>> 16));
        return u16((int) value);
    }

    MessageWriter bytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    MessageWriter ascii(String value) {
        return bytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    MessageWriter vec16(byte[] value) {
        if (value.length > 0xffff) {
            throw new IllegalArgumentException("field longer than 65535 bytes");
        }
        return u16(value.length).bytes(value);
    }

    MessageWriter utf8(String value) {
        return vec16(value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
