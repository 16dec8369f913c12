package org.sealroom.relay.udp;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.DatagramChannel;
import org.sealroom.protocol.wire.DatagramEncoder;

/** The media socket's pipeline: datagram encoder (tags outgoing datagrams) → media handler. */
public final class UdpChannelInitializer extends ChannelInitializer<DatagramChannel> {
    private final UdpMediaHandler handler;

    public UdpChannelInitializer(UdpMediaHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(DatagramChannel ch) {
        ch.pipeline().addLast(DatagramEncoder.INSTANCE, handler);
    }
}
