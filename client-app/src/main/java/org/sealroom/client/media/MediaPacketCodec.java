package org.sealroom.client.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.sealroom.media.packet.MediaPacket;

/**
 * The plaintext inside a media SFrame (docs/protocol.md section 5): {@code u8 flags ‖ u64 timestamp (µs) ‖ codec
 * payload}; stream id and sequence travel in the relay's routing header. Flags: 1 frame start, 2 marker, 4 keyframe.
 */
public final class MediaPacketCodec {

    static final int HEADER = 9;
    private static final int START = 1;
    private static final int MARKER = 2;
    private static final int KEYFRAME = 4;

    private MediaPacketCodec() {
    }

    public static byte[] encode(MediaPacket packet) {
        int flags = (packet.frameStart() ? START : 0) | (packet.marker() ? MARKER : 0)
                | (packet.keyframe() ? KEYFRAME : 0);
        return ByteBuffer.allocate(HEADER + packet.payload().length).put((byte) flags)
                .putLong(packet.timestampMicros()).put(packet.payload()).array();
    }

    /** Decodes a packet; a too-short one is {@code null}, counted by the caller as malformed. */
    public static MediaPacket decode(int streamId, int sequence, byte[] plaintext) {
        if (plaintext.length < HEADER) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(plaintext);
        int flags = in.get();
        long timestamp = in.getLong();
        return new MediaPacket(streamId, sequence, timestamp, (flags & START) != 0, (flags & MARKER) != 0,
                (flags & KEYFRAME) != 0, Arrays.copyOfRange(plaintext, HEADER, plaintext.length));
    }
}
