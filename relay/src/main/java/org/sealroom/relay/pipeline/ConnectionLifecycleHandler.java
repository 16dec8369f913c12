package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sealroom.protocol.wire.WireException;
import org.sealroom.relay.room.Connection;

/**
 * The tail of every connection: counts it, puts its participant away and ends its hop session when it closes,
 * and logs failures once (never payloads or tokens).
 */
final class ConnectionLifecycleHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLifecycleHandler.class);

    private final RelayContext context;

    ConnectionLifecycleHandler(RelayContext context) {
        this.context = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        context.metrics().connectionOpened();
        context.connections().add(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        context.metrics().connectionClosed();
        Connection connection = ctx.channel().attr(Connection.KEY).get();
        if (connection != null) {
            context.rooms().disconnected(connection);
            context.hops().remove(connection);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        String who = "connection from " + ctx.channel().remoteAddress();
        if (root instanceof WireException violation) {
            // The decoder has replied and closes the connection once the reply is out.
            context.metrics().closed(violation.code());
            LOG.debug("{} broke the wire format: {}", who, violation.getMessage());
            return;
        }
        if (root instanceof SSLException || root instanceof IOException) {
            LOG.debug("{} failed: {}", who, root.toString());
        } else {
            LOG.warn("{} failed unexpectedly; closing it", who, root);
        }
        ctx.close();
    }
}
