package org.sealroom.relay.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.forward.FlushBatch;

/**
 * The baseline: the same Netty transport and socket options as the relay's media socket, the same zero-copy
 * fan-out (retained duplicates, one flush per read burst), and no relay logic at all: no hop sessions, no MAC, no
 * rooms, no queues, no metrics. Run in a JVM of its own by {@link #main}, as the relay is.
 */
final class BareForwarder {
    static final String READY = "bare forwarder UDP port: ";

    private final Channel channel;

    /** Arguments: the loopback UDP ports to fan every datagram out to. Runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        List<InetSocketAddress> targets = new ArrayList<>();
        for (String port : args) {
            targets.add(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)));
        }
        IoTransport transport = IoTransport.best();
        BareForwarder forwarder = new BareForwarder(transport, transport.newGroup(1, "bench-bare"), targets);
        System.out.println(READY + forwarder.address().getPort());
        forwarder.channel.closeFuture().sync();
    }

    private BareForwarder(IoTransport transport, EventLoopGroup group, List<InetSocketAddress> targets)
            throws InterruptedException {
        Bootstrap bootstrap = new Bootstrap().group(group).channel(transport.datagramChannel())
                .option(ChannelOption.SO_RCVBUF, RelayServer.UDP_SOCKET_BUFFER_BYTES)
                .option(ChannelOption.SO_SNDBUF, RelayServer.UDP_SOCKET_BUFFER_BYTES)
                .handler(new Fanout(targets));
        channel = transport.batchDatagramReads(bootstrap, RelayServer.MAX_DATAGRAM_BYTES,
                RelayServer.DATAGRAMS_PER_READ).bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
    }

    private InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Flushes like the relay does: when a read burst ends, or early once as many writes have gathered. */
    private static final class Fanout extends SimpleChannelInboundHandler<DatagramPacket> {
        private final List<InetSocketAddress> targets;
        private int writes;

        Fanout(List<InetSocketAddress> targets) {
            this.targets = targets;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            for (InetSocketAddress target : targets) {
                ctx.write(new DatagramPacket(packet.content().retainedDuplicate(), target), ctx.voidPromise());
            }
            writes += targets.size();
            if (writes >= FlushBatch.EARLY_FLUSH_WRITES) {
                ctx.flush();
                writes = 0;
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
            writes = 0;
        }
    }
}
