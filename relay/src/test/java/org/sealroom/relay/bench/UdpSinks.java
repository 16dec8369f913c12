package org.sealroom.relay.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
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
import java.util.concurrent.atomic.LongAdder;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.relay.RelayServer;

/**
 * The receiving end of the benchmark, identical for relay and baseline: UDP sockets on one event loop that count
 * datagrams and, while latency is being measured, record send-to-receive time from the timestamp each payload
 * carries. They do no other work, so the measurement is of the forwarder, not of the receivers.
 */
final class UdpSinks implements AutoCloseable {
    /** Where in a datagram the sender's {@code System.nanoTime()} sits: right after the relay's header. */
    static final int TIMESTAMP_OFFSET = MediaDatagram.HEADER_BYTES;

    final LongAdder received = new LongAdder();
    final LongAdder probeAcks = new LongAdder();
    private final List<Channel> channels = new ArrayList<>();
    private volatile long[] latencies;
    private int recorded;

    UdpSinks(IoTransport transport, EventLoopGroup group, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Bootstrap bootstrap = new Bootstrap().group(group).channel(transport.datagramChannel())
                    .option(ChannelOption.SO_RCVBUF, RelayServer.UDP_SOCKET_BUFFER_BYTES).handler(new Sink());
            channels.add(transport.batchDatagramReads(bootstrap, RelayServer.MAX_DATAGRAM_BYTES,
                    RelayServer.DATAGRAMS_PER_READ).bind(InetAddress.getLoopbackAddress(), 0).sync().channel());
        }
    }

    Channel channel(int i) {
        return channels.get(i);
    }

    InetSocketAddress address(int i) {
        return (InetSocketAddress) channel(i).localAddress();
    }

    int count() {
        return channels.size();
    }

    /** Starts recording latencies (up to {@code capacity}); {@link #stopRecording} returns them. */
    void startRecording(int capacity) {
        recorded = 0;
        latencies = new long[capacity];
    }

    long[] stopRecording() throws InterruptedException {
        long[] result = latencies;
        latencies = null;
        // Let the sinks' event loop finish what it was doing before the array is read.
        channels.get(0).eventLoop().submit(() -> { }).sync();
        return java.util.Arrays.copyOf(result, Math.min(recorded, result.length));
    }

    private final class Sink extends SimpleChannelInboundHandler<DatagramPacket> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            ByteBuf content = packet.content();
            if (content.readableBytes() >= MediaDatagram.HEADER_BYTES
                    && content.getByte(content.readerIndex() + 1) == DatagramType.PROBE_ACK.code()) {
                probeAcks.increment();
                return;
            }
            received.increment();
            long[] sink = latencies;
            if (sink != null && recorded < sink.length && content.readableBytes() >= TIMESTAMP_OFFSET + 8) {
                sink[recorded++] = System.nanoTime() - content.getLong(content.readerIndex() + TIMESTAMP_OFFSET);
            }
        }
    }

    @Override
    public void close() {
        channels.forEach(Channel::close);
    }
}
