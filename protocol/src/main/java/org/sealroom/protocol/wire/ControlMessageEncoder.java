package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.io.IOException;
import org.sealroom.protocol.control.ControlJson;
import org.sealroom.protocol.control.ControlMessage;

/** Writes a {@link ControlMessage} as a {@link FrameType#CONTROL} frame of UTF-8 JSON. */
@ChannelHandler.Sharable
public final class ControlMessageEncoder extends MessageToByteEncoder<ControlMessage> {
    public static final ControlMessageEncoder INSTANCE = new ControlMessageEncoder();

    private ControlMessageEncoder() {
        super(ControlMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ControlMessage msg, ByteBuf out) throws IOException {
        int start = out.writerIndex();
        out.writeInt(0).writeByte(WireFormat.VERSION).writeByte(FrameType.CONTROL.code());
        try (ByteBufOutputStream json = new ByteBufOutputStream(out)) {
            ControlJson.write(msg, json);
        }
        out.setInt(start, out.writerIndex() - start - WireFormat.LENGTH_FIELD_BYTES);
    }
}
