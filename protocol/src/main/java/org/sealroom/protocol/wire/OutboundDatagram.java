package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import java.net.InetSocketAddress;

/**
 * A datagram to send: its routing fields, the recipient, and the {@link HopMac} to tag it with. Encoded by
 * {@link DatagramEncoder} on the datagram channel's event loop, the only thread that may use the MAC.
 */
public final class OutboundDatagram extends DefaultByteBufHolder {
    private final InetSocketAddress recipient;
    private final HopMac mac;
    private final HopDirection direction;
    private final DatagramType type;
    private final MediaPriority priority;
    private final int sourceId;
    private final int streamId;
    private final int sequence;
    private final byte[] payloadDigest;

    public OutboundDatagram(InetSocketAddress recipient, HopMac mac, HopDirection direction, DatagramType type,
                            MediaPriority priority, int sourceId, int streamId, int sequence, ByteBuf payload) {
        this(recipient, mac, direction, type, priority, sourceId, streamId, sequence, payload, null);
    }

    /**
     * With the payload's {@link PayloadDigest} already computed, so that one packet fanned out to many receivers
     * is hashed once; {@code null} to have it computed here.
     */
    public OutboundDatagram(InetSocketAddress recipient, HopMac mac, HopDirection direction, DatagramType type,
                            MediaPriority priority, int sourceId, int streamId, int sequence, ByteBuf payload,
                            byte[] payloadDigest) {
        super(payload);
        this.payloadDigest = payloadDigest;
        this.recipient = recipient;
        this.mac = mac;
        this.direction = direction;
        this.type = type;
        this.priority = priority;
        this.sourceId = sourceId;
        this.streamId = streamId;
        this.sequence = sequence;
    }

    public InetSocketAddress recipient() {
        return recipient;
    }

    ByteBuf encodeHeader(io.netty.buffer.ByteBufAllocator alloc) {
        return MediaDatagram.encodeHeader(alloc, mac, direction, type, priority, sourceId, streamId, sequence,
                payloadDigest != null ? payloadDigest : PayloadDigest.of(content()));
    }

    @Override
    public OutboundDatagram replace(ByteBuf content) {
        return new OutboundDatagram(recipient, mac, direction, type, priority, sourceId, streamId, sequence, content,
                payloadDigest);
    }

    @Override
    public String toString() {
        return "OutboundDatagram[" + type + " to " + recipient + ", source=" + sourceId + ", stream=" + streamId
                + ", seq=" + sequence + ", bytes=" + content().readableBytes() + "]";
    }
}
