package org.sealroom.relay.pipeline;

import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.relay.RelayLimits;
import org.sealroom.relay.limit.RateLimit;
import org.sealroom.relay.metrics.RelayMetrics;

/**
 * Enforces the per-connection message and byte rates on frames. A connection over either limit is told so and
 * closed; what it sends after that is discarded.
 */
final class RateLimitHandler extends ChannelInboundHandlerAdapter {
    private final RateLimit rateLimit;
    private final RelayLimits limits;
    private final RelayMetrics metrics;
    private boolean exceeded;

    RateLimitHandler(RelayLimits limits, RelayMetrics metrics) {
        this.rateLimit = new RateLimit(limits);
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        int size = msg instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
        if (!exceeded && rateLimit.tryAcquire(size)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        if (!exceeded) {
            exceeded = true;
            ConnectionErrors.closeWithError(ctx.channel(), metrics, ErrorCode.RATE_LIMITED,
                    "over the limit of " + limits.messagesPerSecond() + " messages or " + limits.bytesPerSecond()
                            + " bytes per second");
        }
    }
}
