package org.sealroom.protocol.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The Netty transport to use: native epoll on Linux (batched {@code sendmmsg} for datagrams), NIO elsewhere.
 */
public record IoTransport(String name, IoHandlerFactory ioHandlerFactory,
                          Class<? extends SocketChannel> socketChannel,
                          Class<? extends ServerSocketChannel> serverSocketChannel,
                          Class<? extends DatagramChannel> datagramChannel) {

    /** Epoll where its native library loads, otherwise NIO. */
    public static IoTransport best() {
        return Epoll.isAvailable() ? epoll() : nio();
    }

    public static IoTransport nio() {
        return new IoTransport("nio", NioIoHandler.newFactory(), NioSocketChannel.class,
                NioServerSocketChannel.class, NioDatagramChannel.class);
    }

    private static IoTransport epoll() {
        return new IoTransport("epoll", EpollIoHandler.newFactory(), EpollSocketChannel.class,
                EpollServerSocketChannel.class, EpollDatagramChannel.class);
    }

    /**
     * Has datagram channels made by {@code bootstrap} read up to {@code datagramsPerRead} datagrams of at most
     * {@code maxDatagramBytes} per system call ({@code recvmmsg}) where the transport can; elsewhere it is unchanged.
     */
    public Bootstrap batchDatagramReads(Bootstrap bootstrap, int maxDatagramBytes, int datagramsPerRead) {
        if (datagramChannel == EpollDatagramChannel.class) {
            bootstrap.option(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, maxDatagramBytes)
                    .option(ChannelOption.RCVBUF_ALLOCATOR,
                            new FixedRecvByteBufAllocator(maxDatagramBytes * datagramsPerRead));
        }
        return bootstrap;
    }

    /** A new event loop group of {@code threads} daemon threads named after {@code purpose}. */
    public MultiThreadIoEventLoopGroup newGroup(int threads, String purpose) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(purpose, true), ioHandlerFactory);
    }
}
