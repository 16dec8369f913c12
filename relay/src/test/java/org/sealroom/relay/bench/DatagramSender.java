package org.sealroom.relay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.sealroom.relay.RelayServer;

/** The benchmark's sender: one thread, one blocking UDP socket, either as fast as it can or at a set rate. */
final class DatagramSender implements AutoCloseable {
    private final DatagramChannel socket;
    private final InetSocketAddress target;

    DatagramSender(InetSocketAddress target) throws IOException {
        this.socket = DatagramChannel.open();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.socket.setOption(java.net.StandardSocketOptions.SO_SNDBUF, RelayServer.UDP_SOCKET_BUFFER_BYTES);
        this.target = target;
    }

    void send(byte[] datagram) {
        try {
            socket.send(ByteBuffer.wrap(datagram), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends datagrams from {@code ring}, round and round, until {@code deadlineNanos}. */
    Thread blast(byte[][] ring, long deadlineNanos) {
        return Thread.ofPlatform().name("bench-sender").start(() -> {
            ByteBuffer[] buffers = new ByteBuffer[ring.length];
            for (int i = 0; i < ring.length; i++) {
                buffers[i] = ByteBuffer.wrap(ring[i]);
            }
            for (long i = 0; System.nanoTime() < deadlineNanos; i++) {
                ByteBuffer next = buffers[(int) (i % buffers.length)];
                next.clear();
                try {
                    socket.send(next, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Sends {@code perSecond} datagrams a second, each made fresh (timestamped) by {@code make}. */
    Thread paced(LongFunction<byte[]> make, double perSecond, long deadlineNanos) {
        return Thread.ofPlatform().name("bench-sender-paced").start(() -> {
            long start = System.nanoTime();
            long sent = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= deadlineNanos) {
                    return;
                }
                long due = (long) ((now - start) * perSecond / 1e9);
                while (sent < due) {
                    send(make.apply(sent++));
                }
                LockSupport.parkNanos(20_000);
            }
        });
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
