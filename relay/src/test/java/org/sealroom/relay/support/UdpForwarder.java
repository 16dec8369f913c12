package org.sealroom.relay.support;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Opens a UDP path where there was none: datagrams to {@code listen} go to {@code target}, and the target's answers
 * go back to whoever sent last — the firewall of {@link TcpProxy}'s address starting to let UDP through.
 */
public final class UdpForwarder implements AutoCloseable {
    private final DatagramSocket outside;
    private final DatagramSocket inside;
    private final InetSocketAddress target;
    private volatile SocketAddress client;

    public UdpForwarder(InetSocketAddress listen, InetSocketAddress target) throws IOException {
        this.outside = new DatagramSocket(listen);
        this.inside = new DatagramSocket(new InetSocketAddress(target.getAddress(), 0));
        this.target = target;
        Thread.ofPlatform().daemon().name("udp-forward-out").start(() -> pump(outside, true));
        Thread.ofPlatform().daemon().name("udp-forward-back").start(() -> pump(inside, false));
    }

    private void pump(DatagramSocket from, boolean towardsTarget) {
        byte[] buffer = new byte[65536];
        while (!from.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                from.receive(packet);
                if (towardsTarget) {
                    client = packet.getSocketAddress();
                    inside.send(new DatagramPacket(packet.getData(), packet.getLength(), target));
                } else if (client != null) {
                    outside.send(new DatagramPacket(packet.getData(), packet.getLength(), client));
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() {
        outside.close();
        inside.close();
    }
}
