package org.sealroom.relay.udp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.protocol.wire.PayloadDigest;
import org.sealroom.relay.capture.CaptureSink;
import org.sealroom.relay.forward.FlushBatch;
import org.sealroom.relay.forward.Forwarder;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.metrics.RelayMetrics;
import org.sealroom.relay.metrics.RelayMetrics.Transport;
import org.sealroom.relay.room.Connection;
import org.sealroom.relay.room.HopSessions;
import org.sealroom.relay.room.Participant;

/**
 * The UDP media path. Every datagram must name a live hop session and carry a valid tag under that session's hop
 * key; anything else is dropped and counted, never answered. Probes teach the relay the client's address and are
 * acknowledged; media goes to the forwarder under the sender id the relay knows for that session.
 */
public final class UdpMediaHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private final HopSessions hops;
    private final Forwarder forwarder;
    private final RelayMetrics metrics;
    private final CaptureSink capture;
    private final FlushBatch batch = new FlushBatch();

    public UdpMediaHandler(HopSessions hops, Forwarder forwarder, RelayMetrics metrics, CaptureSink capture) {
        this.hops = hops;
        this.forwarder = forwarder;
        this.metrics = metrics;
        this.capture = capture;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ByteBuf datagram = packet.content();
        metrics.in(Transport.UDP, datagram.readableBytes());
        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        if (header == null || header.type() == DatagramType.PROBE_ACK) {
            metrics.drop(DropReason.MALFORMED_DATAGRAM);
            return;
        }
        Connection connection = hops.get(header.sourceId());
        if (connection == null) {
            metrics.drop(DropReason.UNKNOWN_HOP);
            return;
        }
        ByteBuf payload = MediaDatagram.payloadOf(datagram);
        byte[] payloadDigest = PayloadDigest.of(payload);
        if (!header.verify(connection.udpMac(), HopDirection.CLIENT_TO_RELAY, datagram, payloadDigest)) {
            metrics.drop(DropReason.BAD_MAC);
            return;
        }
        if (!connection.udpRateLimit().tryAcquire(datagram.readableBytes())) {
            metrics.drop(DropReason.RATE_LIMITED);
            return;
        }
        capture.datagram(connection.id(), datagram);
        if (header.type() == DatagramType.PROBE) {
            connection.learnAddress(packet.sender(), header.sequence());
            if (connection.udpAddress() != null) {
                forwarder.acknowledgeProbe(connection, header.sequence(), batch);
            }
            return;
        }
        Participant sender = connection.participant();
        if (sender == null) {
            metrics.drop(DropReason.NOT_IN_ROOM);
            return;
        }
        forwarder.forwardMedia(sender, header.streamId(), header.sequence(), header.priority(), payload,
                payloadDigest, batch);
        batch.flushIfLarge();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        batch.flushAll();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // The UDP socket is shared by everyone: an error (an ICMP unreachable, say) must not close it.
    }
}
