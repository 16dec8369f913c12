package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.relay.metrics.RelayMetrics;

/**
 * Refuses a connection when its IP address already holds the maximum. Refused before TLS, so it costs the relay
 * almost nothing; the refusal is counted ({@code connections_closed_total{reason="too_many_connections"}}).
 */
@ChannelHandler.Sharable
final class ConnectionLimitHandler extends ChannelInboundHandlerAdapter {
    private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("sealroom.counted");

    private final ConcurrentHashMap<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
    private final int maxPerAddress;
    private final RelayMetrics metrics;

    ConnectionLimitHandler(int maxPerAddress, RelayMetrics metrics) {
        this.maxPerAddress = maxPerAddress;
        this.metrics = metrics;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        InetAddress address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        Integer count = perAddress.merge(address, 1, Integer::sum);
        if (count > maxPerAddress) {
            perAddress.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
            metrics.closed(ErrorCode.TOO_MANY_CONNECTIONS);
            ctx.close();
            return;
        }
        ctx.channel().attr(COUNTED).set(Boolean.TRUE);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (ctx.channel().attr(COUNTED).get() != null) {
            InetAddress address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
            perAddress.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
            ctx.fireChannelInactive();
        }
    }
}
