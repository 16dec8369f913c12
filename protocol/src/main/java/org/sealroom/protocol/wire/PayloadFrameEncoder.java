package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Writes {@link DataMessage} and {@link MediaMessage} frames as a small header buffer followed by the payload
 * itself (retained, not copied), so one received payload can be fanned out to many connections.
 */
@ChannelHandler.Sharable
public final class PayloadFrameEncoder extends MessageToMessageEncoder<PayloadMessage> {
    public static final PayloadFrameEncoder INSTANCE = new PayloadFrameEncoder();

    private PayloadFrameEncoder() {
        super(PayloadMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, PayloadMessage msg, List<Object> out) {
        int headerBytes = msg.headerBytes();
        ByteBuf header = ctx.alloc().buffer(WireFormat.LENGTH_FIELD_BYTES + WireFormat.FRAME_PREAMBLE_BYTES
                + headerBytes);
        header.writeInt(WireFormat.FRAME_PREAMBLE_BYTES + headerBytes + msg.payload().readableBytes())
                .writeByte(WireFormat.VERSION)
                .writeByte(msg.frameType().code());
        msg.writeHeader(header);
        out.add(header);
        out.add(msg.payload().retain());
    }
}
