package org.sealroom.protocol.wire;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;

/**
 * What a decoder does on input that breaks the format: tell the peer why, close the connection once that is
 * flushed, and hand the exception back for the decoder to throw. The error is written from the decoder's context,
 * so the control encoder must sit nearer the head of the pipeline than the decoders.
 */
public final class ProtocolViolations {
    private ProtocolViolations() {
    }

    public static WireException reject(ChannelHandlerContext ctx, WireException violation) {
        ctx.writeAndFlush(new ErrorMessage(0, violation.code(), violation.getMessage()))
                .addListener(ChannelFutureListener.CLOSE);
        return violation;
    }
}
