package org.sealroom.protocol.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
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

    /**
     * TLS 1.3 for the relay connection; the relay's certificate is checked by a {@link PinningTrustManager} (pinned
     * fingerprint, else trust on first use), which stands in for name checks.
     */
    static SslContext tlsContext(RelayClientConfig config) {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3")
                    .trustManager(new PinningTrustManager(config.endpoint(), config.knownRelays(),
                            config.pinnedFingerprint()))
                    // Pinning replaces name checks: a self-signed relay certificate names no host.
                    .endpointIdentificationAlgorithm(null)
                    .build();
        } catch (SSLException e) {
            throw new TransportClosedException("cannot set up TLS", e);
        }
    }
}
