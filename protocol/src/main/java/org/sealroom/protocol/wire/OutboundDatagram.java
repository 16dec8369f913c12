package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;

/**
 * The routing fields of a datagram to send (see {@link MediaDatagram} for the layout). One instance serves every
 * receiver of a fanned-out packet: {@link #packet} adds the per-receiver tag and address.
 */
public record OutboundDatagram(HopDirection direction, DatagramType type, MediaPriority priority, int sourceId,
                               int streamId, int sequence) {

    /**
     * The datagram for {@code recipient}: a freshly tagged header composed with {@code payload}, which is retained
     * rather than copied (scatter/gather send), so the caller keeps its own reference. {@code payloadDigest} is the
     * payload's {@link PayloadDigest}, computed once however many receivers there are.
     */
    public DatagramPacket packet(ByteBufAllocator alloc, InetSocketAddress recipient, HopMac mac, ByteBuf payload,
                                 byte[] payloadDigest) {
        CompositeByteBuf datagram = alloc.compositeDirectBuffer(2);
        datagram.addComponents(true, header(alloc, mac, payloadDigest), payload.retain());
        return new DatagramPacket(datagram, recipient);
    }

    /** As {@link #packet(ByteBufAllocator, InetSocketAddress, HopMac, ByteBuf, byte[])}, digesting the payload. */
    public DatagramPacket packet(ByteBufAllocator alloc, InetSocketAddress recipient, HopMac mac, ByteBuf payload) {
        return packet(alloc, recipient, mac, payload, PayloadDigest.of(payload));
    }

    /** The 24-byte header alone, tagged under {@code mac} for a payload whose digest is {@code payloadDigest}. */
    public ByteBuf header(ByteBufAllocator alloc, HopMac mac, byte[] payloadDigest) {
        long bytes0To8 = (long) WireFormat.VERSION << 56 | (long) type.code() << 48 | (long) priority.flags() << 40
                | Integer.toUnsignedLong(sourceId);
        long bytes8To16 = (long) streamId << 32 | Integer.toUnsignedLong(sequence);
        return alloc.directBuffer(MediaDatagram.HEADER_BYTES, MediaDatagram.HEADER_BYTES)
                .writeLong(bytes0To8).writeLong(bytes8To16)
                .writeLong(mac.tag(direction, bytes0To8, bytes8To16, payloadDigest));
    }
}
