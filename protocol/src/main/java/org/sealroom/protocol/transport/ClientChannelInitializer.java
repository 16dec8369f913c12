package org.sealroom.protocol.transport;

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

/** TLS → encoders → frame decoder → control decoder → keep-alive timer → link handler. */
final class ClientChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final String IDLE = "idle";

    private final SslContext sslContext;
    private final RelayEndpoint endpoint;
    private final int maxFrameBytes;
    private final long keepAliveMillis;
    private final LinkEvents events;

    ClientChannelInitializer(SslContext sslContext, RelayEndpoint endpoint, int maxFrameBytes, long keepAliveMillis,
                             LinkEvents events) {
        this.sslContext = sslContext;
        this.endpoint = endpoint;
        this.maxFrameBytes = maxFrameBytes;
        this.keepAliveMillis = keepAliveMillis;
        this.events = events;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("tls", sslContext.newHandler(ch.alloc(), endpoint.host(), endpoint.port()));
        p.addLast(ControlMessageEncoder.INSTANCE, PayloadFrameEncoder.INSTANCE);
        p.addLast(new FrameDecoder(maxFrameBytes), ControlMessageDecoder.INSTANCE);
        p.addLast(IDLE, idleHandler(keepAliveMillis));
        p.addLast(new ClientLinkHandler(events));
    }

    /** Pings after a quiet {@code keepAliveMillis}; gives the link up after three of them without a word back. */
    static IdleStateHandler idleHandler(long keepAliveMillis) {
        return new IdleStateHandler(3 * keepAliveMillis, keepAliveMillis, 0, TimeUnit.MILLISECONDS);
    }
}
