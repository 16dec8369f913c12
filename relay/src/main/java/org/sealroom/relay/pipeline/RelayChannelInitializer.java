package org.sealroom.relay.pipeline;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.sealroom.protocol.wire.ControlMessageDecoder;
import org.sealroom.protocol.wire.ControlMessageEncoder;
import org.sealroom.protocol.wire.FrameDecoder;
import org.sealroom.protocol.wire.PayloadFrameEncoder;
import org.sealroom.relay.RelayLimits;
import org.sealroom.relay.capture.CaptureSink;

/**
 * A client connection's pipeline: connection limit → handshake timeout → TLS → encoders → frame decoder → rate
 * limit → control decoder → (capture) → idle timer → hello → room control → forwarding → lifecycle.
 * Encoders sit before the decoders so a decoder can reply to bad input.
 */
public final class RelayChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final RelayContext context;
    private final SslContext tls;
    private final ConnectionLimitHandler connectionLimit;

    public RelayChannelInitializer(RelayContext context, SslContext tls) {
        this.context = context;
        this.tls = tls;
        this.connectionLimit = new ConnectionLimitHandler(context.limits().maxConnectionsPerIp(), context.metrics());
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        RelayLimits limits = context.limits();
        int connectionId = context.connectionIds().incrementAndGet();
        ChannelPipeline p = ch.pipeline();
        p.addLast(connectionLimit, new HandshakeTimeoutHandler(limits.handshakeTimeout(), context.metrics()),
                tls.newHandler(ch.alloc()));
        p.addLast(ControlMessageEncoder.INSTANCE, PayloadFrameEncoder.INSTANCE);
        p.addLast(new FrameDecoder(limits.maxFrameBytes()), new RateLimitHandler(limits, context.metrics()),
                ControlMessageDecoder.INSTANCE);
        if (context.capture() != CaptureSink.NONE) {
            p.addLast(new CaptureHandler(context.capture(), connectionId));
        }
        p.addLast(new IdleStateHandler(limits.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        p.addLast(new HelloHandler(context, connectionId), new RoomControlHandler(context),
                new ForwardingHandler(context), new ConnectionLifecycleHandler(context));
    }
}
