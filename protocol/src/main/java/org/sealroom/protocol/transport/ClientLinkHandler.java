package org.sealroom.protocol.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.MediaMessage;

/** The last handler of a client link: hands decoded messages and link events to the client, then releases them. */
final class ClientLinkHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ClientLinkHandler.class);

    private final LinkEvents events;

    ClientLinkHandler(LinkEvents events) {
        this.events = events;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            switch (msg) {
                case ControlMessage control -> events.onControl(ctx.channel(), control);
                case DataMessage data -> events.onData(ctx.channel(), data);
                case MediaMessage media -> events.onMedia(ctx.channel(), media);
                default -> LOG.debug("ignoring unexpected message {}", msg.getClass().getSimpleName());
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                events.onTlsReady(ctx.channel());
            } else {
                events.onTlsFailed(ctx.channel(), handshake.cause());
                ctx.close();
            }
        } else if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                LOG.info("nothing heard from the relay for too long; dropping the connection");
                ctx.close();
            } else if (idle.state() == IdleState.WRITER_IDLE) {
                events.onWriterIdle(ctx.channel());
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        events.onClosed(ctx.channel());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("relay connection failed: {}", cause.toString());
        ctx.close();
    }
}
