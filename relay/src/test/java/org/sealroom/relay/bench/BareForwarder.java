package org.sealroom.relay.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.relay.forward.FlushBatch;

/**
 * The baseline: the same Netty transport and socket options as the relay's media socket, the same zero-copy
 * fan-out (retained duplicates, one flush per read burst), and no relay logic at all: no hop sessions, no MAC, no
 * rooms, no queues, no metrics.
 */
final class BareForwarder implements AutoCloseable {
    private final Channel channel;

    BareForwarder(IoTransport transport, EventLoopGroup group, List<InetSocketAddress> targets)
            throws InterruptedException {
        Bootstrap bootstrap = new Bootstrap().group(group).channel(transport.datagramChannel())
                .option(ChannelOption.SO_RCVBUF, 4 << 20)
                .option(ChannelOption.SO_SNDBUF, 4 << 20)
                .handler(new Fanout(targets));
        if (transport.datagramChannel() == EpollDatagramChannel.class) {
            bootstrap.option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, 2048)
                    .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(2048 * 32));
        }
        channel = bootstrap.bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
    }

    InetSocketAddress address() {
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

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
