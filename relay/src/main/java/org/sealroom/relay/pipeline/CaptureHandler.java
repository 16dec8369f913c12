package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.PayloadMessage;
import org.sealroom.relay.capture.CaptureSink;

/** Records every message received on this connection (after TLS) in the capture, then passes it on unchanged. */
final class CaptureHandler extends ChannelInboundHandlerAdapter {
    private final CaptureSink capture;
    private final int connectionId;

    CaptureHandler(CaptureSink capture, int connectionId) {
        this.capture = capture;
        this.connectionId = connectionId;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ControlMessage control) {
            capture.control(connectionId, control);
        } else if (msg instanceof PayloadMessage payload) {
            capture.frame(connectionId, payload);
        }
        ctx.fireChannelRead(msg);
    }
}
