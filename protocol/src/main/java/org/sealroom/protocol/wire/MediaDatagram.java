package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;

/**
 * The UDP datagram format: a 24-byte routing header then the opaque payload. Big-endian.
 *
 * <pre>
 *  0  u8  version (1)
 *  1  u8  type ({@link DatagramType})
 *  2  u8  flags (bit 0: video, see {@link MediaPriority})
 *  3  u8  reserved (0)
 *  4  u32 source: the hop id (client → relay) or the sender's room-local participant id (relay → client)
 *  8  u32 stream id
 * 12  u32 sequence number
 * 16  u64 tag: {@link HopMac} over bytes 0..16, SHA-256 of the payload and the direction, under the client's hop key
 * 24  payload
 * </pre>
 *
 * <p>The parse methods never throw: a datagram is dropped and counted, never allowed to disturb a connection.
 */
public record MediaDatagram(DatagramType type, MediaPriority priority, int sourceId, int streamId, int sequence,
                            long tag) {
    public static final int HEADER_BYTES = 24;
    public static final int COVERED_HEADER_BYTES = 16;

    /** The header of {@code datagram}, or {@code null} if it is too short, of another version or of unknown type. */
    public static MediaDatagram parseHeader(ByteBuf datagram) {
        int at = datagram.readerIndex();
        if (datagram.readableBytes() < HEADER_BYTES || datagram.getUnsignedByte(at) != WireFormat.VERSION) {
            return null;
        }
        DatagramType type = DatagramType.fromCode(datagram.getUnsignedByte(at + 1));
        if (type == null) {
            return null;
        }
        return new MediaDatagram(type, MediaPriority.fromFlags(datagram.getUnsignedByte(at + 2)),
                datagram.getInt(at + 4), datagram.getInt(at + 8), datagram.getInt(at + 12), datagram.getLong(at + 16));
    }

    /** Whether the tag of {@code datagram} (whose header is this) is right under {@code mac}. Constant time. */
    public boolean verify(HopMac mac, HopDirection direction, ByteBuf datagram) {
        return verify(mac, direction, datagram, PayloadDigest.of(payloadOf(datagram)));
    }

    /** As {@link #verify(HopMac, HopDirection, ByteBuf)}, with the payload's digest already computed. */
    public boolean verify(HopMac mac, HopDirection direction, ByteBuf datagram, byte[] payloadDigest) {
        int at = datagram.readerIndex();
        return (mac.tag(direction, datagram.getLong(at), datagram.getLong(at + 8), payloadDigest) ^ tag) == 0;
    }

    /** The payload of {@code datagram}, as a slice (not retained). */
    public static ByteBuf payloadOf(ByteBuf datagram) {
        return datagram.slice(datagram.readerIndex() + HEADER_BYTES, datagram.readableBytes() - HEADER_BYTES);
    }
}
