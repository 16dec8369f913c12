package org.sealroom.protocol.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.MediaDatagram;

/**
 * Receives the relay's datagrams: drops anything malformed or not tagged under the current link's hop key, reports
 * probe acknowledgements, and delivers media.
 */
final class ClientDatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private final Supplier<Link> currentLink;
    private final Runnable onProbeAck;
    private final Consumer<ReceivedMedia> onMedia;

    ClientDatagramHandler(Supplier<Link> currentLink, Runnable onProbeAck, Consumer<ReceivedMedia> onMedia) {
        this.currentLink = currentLink;
        this.onProbeAck = onProbeAck;
        this.onMedia = onMedia;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        Link link = currentLink.get();
        ByteBuf datagram = packet.content();
        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        if (link == null || link.mac == null || header == null
                || !header.verify(link.mac, HopDirection.RELAY_TO_CLIENT, datagram)) {
            return;
        }
        switch (header.type()) {
            case PROBE_ACK -> onProbeAck.run();
            case MEDIA -> onMedia.accept(new ReceivedMedia(header.sourceId(), header.streamId(), header.sequence(),
                    header.priority(), MediaPath.UDP, ByteBufUtil.getBytes(MediaDatagram.payloadOf(datagram))));
            case PROBE -> {
                // a relay never probes a client
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // ICMP errors and the like: UDP is best effort, the prober notices if it stops working.
    }
}
