package org.sealroom.protocol.wire;

import com.fasterxml.jackson.core.JacksonException;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.io.IOException;
import java.util.List;
import org.sealroom.protocol.control.ControlJson;

/**
 * Turns {@link ControlFrame}s into {@link org.sealroom.protocol.control.ControlMessage}s. JSON that is not a valid
 * control message gets an error reply, closes the channel and throws {@link MalformedControlMessageException}.
 */
@ChannelHandler.Sharable
public final class ControlMessageDecoder extends MessageToMessageDecoder<ControlFrame> {
    public static final ControlMessageDecoder INSTANCE = new ControlMessageDecoder();

    private ControlMessageDecoder() {
        super(ControlFrame.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ControlFrame frame, List<Object> out) throws IOException {
        try (ByteBufInputStream json = new ByteBufInputStream(frame.content())) {
            out.add(ControlJson.read(json));
        } catch (JacksonException e) {
            throw ProtocolViolations.reject(ctx, new MalformedControlMessageException(ControlJson.describeFailure(e)));
        }
    }
}
