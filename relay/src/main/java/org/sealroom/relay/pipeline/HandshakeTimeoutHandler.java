package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.relay.metrics.RelayMetrics;

/**
 * Closes a connection that has not finished TLS and the hello exchange within the handshake timeout, which is
 * what a slowloris client never does. Removes itself once the hello is done.
 */
final class HandshakeTimeoutHandler extends ChannelInboundHandlerAdapter {
    private final Duration timeout;
    private final RelayMetrics metrics;
    private ScheduledFuture<?> timer;

    HandshakeTimeoutHandler(Duration timeout, RelayMetrics metrics) {
        this.timeout = timeout;
        this.metrics = metrics;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        timer = ctx.executor().schedule(() -> expire(ctx), timeout.toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    private void expire(ChannelHandlerContext ctx) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        String message = "TLS and hello not completed within " + timeout.toMillis() + " ms";
        if (tls != null && tls.handshakeFuture().isSuccess()) {
            ConnectionErrors.closeWithError(ctx.channel(), metrics, ErrorCode.HANDSHAKE_TIMEOUT, message);
        } else {
            metrics.closed(ErrorCode.HANDSHAKE_TIMEOUT);
            ctx.close();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == HelloCompleted.INSTANCE) {
            cancel();
            ctx.pipeline().remove(this);
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
