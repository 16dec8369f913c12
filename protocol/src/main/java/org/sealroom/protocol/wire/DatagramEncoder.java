package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Turns {@link OutboundDatagram}s into datagrams: a freshly tagged 24-byte header composed with the payload, which
 * is retained rather than copied (scatter/gather send).
 */
@ChannelHandler.Sharable
public final class DatagramEncoder extends MessageToMessageEncoder<OutboundDatagram> {
    public static final DatagramEncoder INSTANCE = new DatagramEncoder();

    private DatagramEncoder() {
        super(OutboundDatagram.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, OutboundDatagram msg, List<Object> out) {
        ByteBuf header = msg.encodeHeader(ctx.alloc());
        CompositeByteBuf datagram = ctx.alloc().compositeDirectBuffer(2);
        datagram.addComponents(true, header, msg.content().retain());
        out.add(new DatagramPacket(datagram, msg.recipient()));
    }
}
