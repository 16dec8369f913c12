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
        ByteBuf header = alloc.directBuffer(MediaDatagram.HEADER_BYTES, MediaDatagram.HEADER_BYTES);
        header.writeByte(WireFormat.VERSION).writeByte(type.code()).writeByte(priority.flags()).writeByte(0)
                .writeInt(sourceId).writeInt(streamId).writeInt(sequence);
        header.writeLong(mac.tag(direction, header, payloadDigest));
        return header;
    }
}
