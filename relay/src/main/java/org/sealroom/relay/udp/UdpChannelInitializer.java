package org.sealroom.relay.udp;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.DatagramChannel;

/** The media socket's pipeline: the media handler alone (the forwarder writes finished, tagged datagrams). */
public final class UdpChannelInitializer extends ChannelInitializer<DatagramChannel> {
    private final UdpMediaHandler handler;

    public UdpChannelInitializer(UdpMediaHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(DatagramChannel ch) {
        ch.pipeline().addLast(handler);
    }
}
