package org.sealroom.protocol.meeting;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Bounds-checked reader for the binary meeting messages: every short read is a {@link MalformedMeetingMessageException}. */
final class MessageReader {

    private final byte[] data;
    private final String what;
    private int position;

    MessageReader(byte[] data, int offset, String what) {
        this.data = data;
        this.position = offset;
        this.what = what;
    }

    int u8() {
        require(1);
        return data[position++] & 0xff;
    }

    int u16() {
        return (u8() << 8) | u8();
    }

    long u32() {
        return ((long) u16() << 16) | u16();
    }

    byte[] bytes(int length) {
        require(length);
        byte[] out = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return out;
    }

    byte[] vec16() {
        return bytes(u16());
    }

    String utf8(int maxChars) {
        byte[] raw = vec16();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMeetingMessageException(what + ": text is not valid UTF-8");
        }
        if (text.length() > maxChars) {
            throw new MalformedMeetingMessageException(what + ": text longer than " + maxChars + " characters");
        }
        return text;
    }

    byte[] rest() {
        return bytes(data.length - position);
    }

    void end() {
        if (position != data.length) {
            throw new MalformedMeetingMessageException(what + ": " + (data.length - position) + " trailing bytes");
        }
    }

    private void require(int length) {
        if (length < 0 || data.length - position < length) {
            throw new MalformedMeetingMessageException(what + " is truncated");
        }
    }
}
