package org.sealroom.relay.metrics;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.function.BooleanSupplier;

/** The metrics listener's pipeline: HTTP/1.1 codec → small request aggregator → metrics handler. */
public final class MetricsHttpInitializer extends ChannelInitializer<SocketChannel> {
    private static final int MAX_REQUEST_BYTES = 8192;
    private static final int READ_TIMEOUT_SECONDS = 10;

    private final RelayMetrics metrics;
    private final BooleanSupplier healthy;

    public MetricsHttpInitializer(RelayMetrics metrics, BooleanSupplier healthy) {
        this.metrics = metrics;
        this.healthy = healthy;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new ReadTimeoutHandler(READ_TIMEOUT_SECONDS), new HttpServerCodec(),
                new HttpObjectAggregator(MAX_REQUEST_BYTES), new MetricsHttpHandler(metrics, healthy));
    }
}
