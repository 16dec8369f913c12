package org.sealroom.relay;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.relay.capture.CaptureSink;
import org.sealroom.relay.capture.FileCaptureSink;
import org.sealroom.relay.forward.ForwardingInterceptor;
import org.sealroom.relay.forward.Forwarder;
import org.sealroom.relay.forward.ReceiverQueues;
import org.sealroom.relay.metrics.MetricsHttpInitializer;
import org.sealroom.relay.metrics.RelayMetrics;
import org.sealroom.relay.metrics.StateGauges;
import org.sealroom.relay.pipeline.RelayChannelInitializer;
import org.sealroom.relay.pipeline.RelayContext;
import org.sealroom.relay.room.HopSessions;
import org.sealroom.relay.room.RoomRegistry;
import org.sealroom.relay.tls.RelayCertificate;
import org.sealroom.relay.udp.UdpChannelInitializer;
import org.sealroom.relay.udp.UdpMediaHandler;

/**
 * Starts a relay in this process: the TLS control listener, the UDP media socket and (optionally) the metrics
 * listener. Used by {@link RelayMain}, by the desktop client to host on localhost, and by tests.
 */
public final class RelayServer {
    public static final String SOFTWARE = "sealroom-relay";
    /** Largest datagram read; media packets stay under the path MTU, far below this. */
    public static final int MAX_DATAGRAM_BYTES = 2048;
    /** Datagrams read per system call ({@code recvmmsg} on epoll). */
    public static final int DATAGRAMS_PER_READ = 32;
    /** Send and receive buffer of the media socket: room for bursts from many senders. */
    public static final int UDP_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

    private RelayServer() {
    }

    public static RunningRelay start(RelayConfig config) {
        return start(config, null);
    }

    /**
     * Starts a relay whose forwarding path runs through {@code interceptor}: for tests that play a hostile relay.
     *
     * @throws RelayException if a port cannot be bound or the certificate cannot be loaded
     */
    public static RunningRelay start(RelayConfig config, ForwardingInterceptor interceptor) {
        RelayCertificate certificate = certificate(config);
        SslContext tls = serverTls(certificate);
        IoTransport transport = IoTransport.best();
        int ioThreads = config.ioThreads() > 0 ? config.ioThreads() : Runtime.getRuntime().availableProcessors();
        EventLoopGroup boss = transport.newGroup(1, "sealroom-relay-accept");
        EventLoopGroup workers = transport.newGroup(ioThreads, "sealroom-relay-io");
        RelayLimits limits = config.limits();
        RelayMetrics metrics = new RelayMetrics();
        CaptureSink capture = config.captureDir() == null ? CaptureSink.NONE
                : new FileCaptureSink(config.captureDir(), metrics);
        SecureRandom random = new SecureRandom();
        RoomRegistry rooms = new RoomRegistry(limits, random);
        HopSessions hops = new HopSessions(random);
        Forwarder forwarder = new Forwarder(metrics, new ReceiverQueues(limits), interceptor);
        RelayContext context = new RelayContext(limits, metrics, rooms, hops, forwarder, capture, random,
                new DefaultChannelGroup(GlobalEventExecutor.INSTANCE), new AtomicInteger(), new AtomicInteger(),
                new AtomicBoolean());
        metrics.gauges(new StateGauges(rooms, hops));
        try {
            Channel tcp = new ServerBootstrap().group(boss, workers).channel(transport.serverSocketChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new RelayChannelInitializer(context, tls))
                    .bind(config.bindAddress(), config.port()).sync().channel();
            int tcpPort = ((InetSocketAddress) tcp.localAddress()).getPort();
            int udpPort = config.udpPort() == RelayConfig.SAME_AS_TCP ? tcpPort : config.udpPort();
            Bootstrap udpBootstrap = new Bootstrap().group(workers).channel(transport.datagramChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .option(ChannelOption.SO_RCVBUF, UDP_SOCKET_BUFFER_BYTES)
                    .option(ChannelOption.SO_SNDBUF, UDP_SOCKET_BUFFER_BYTES)
                    // Video gives way only when the socket itself is backed up, not after a few bursts.
                    .option(ChannelOption.WRITE_BUFFER_WATER_MARK,
                            new WriteBufferWaterMark(UDP_SOCKET_BUFFER_BYTES / 2, UDP_SOCKET_BUFFER_BYTES))
                    .handler(new UdpChannelInitializer(new UdpMediaHandler(hops, forwarder, metrics, capture)));
            Channel udp = transport.batchDatagramReads(udpBootstrap, MAX_DATAGRAM_BYTES, DATAGRAMS_PER_READ).bind(config.bindAddress(), udpPort).sync().channel();
            context.udpPort().set(((InetSocketAddress) udp.localAddress()).getPort());
            forwarder.udpChannel(udp);
            Channel metricsChannel = config.metricsPort() == RelayConfig.DISABLED ? null
                    : new ServerBootstrap().group(boss).channel(transport.serverSocketChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childHandler(new MetricsHttpInitializer(metrics, () -> !context.draining().get()))
                    .bind(config.metricsBind(), config.metricsPort()).sync().channel();
            long sweepMillis = sweepInterval(limits).toMillis();
            ScheduledFuture<?> sweeper = boss.scheduleAtFixedRate(() -> rooms.sweep(System.nanoTime()),
                    sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
            return new RunningRelay(context, certificate, tcp, udp, metricsChannel, boss, workers, sweeper);
        } catch (Exception e) {
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            capture.close();
            throw new RelayException("cannot start the relay on " + config.bindAddress().getHostAddress() + ": "
                    + e.getMessage(), e);
        }
    }

    private static RelayCertificate certificate(RelayConfig config) {
        if (config.certificateFile() != null) {
            return RelayCertificate.load(config.certificateFile(), config.privateKeyFile());
        }
        return config.dataDir() != null ? RelayCertificate.loadOrGenerate(config.dataDir())
                : RelayCertificate.generate();
    }

    private static SslContext serverTls(RelayCertificate certificate) {
        try {
            return SslContextBuilder.forServer(certificate.privateKey(), certificate.chain())
                    .sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3")
                    .build();
        } catch (SSLException e) {
            throw new RelayException("cannot set up TLS with the relay certificate", e);
        }
    }

    /** Often enough that grace periods and room expiry are honoured to within a quarter. */
    private static Duration sweepInterval(RelayLimits limits) {
        Duration shortest = limits.resumeGrace().compareTo(limits.roomIdleTimeout()) < 0
                ? limits.resumeGrace() : limits.roomIdleTimeout();
        long millis = Math.max(50, Math.min(1_000, shortest.toMillis() / 4));
        return Duration.ofMillis(millis);
    }
}
