package org.sealroom.relay.room;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.sealroom.protocol.wire.HopMac;
import org.sealroom.relay.limit.RateLimit;

/**
 * One client's TLS connection after its hello, with its UDP hop session. The rate limit and probe
 * sequence are touched only by the UDP event loop; the volatile fields are read by every forwarding thread.
 */
public final class Connection {
    public static final AttributeKey<Connection> KEY = AttributeKey.valueOf("sealroom.connection");

    private final int id;
    private final Channel channel;
    private final int hopId;
    private final HopMac udpMac;
    private final RateLimit udpRateLimit;
    private volatile InetSocketAddress udpAddress;
    private volatile boolean udpSelected;
    private volatile Participant participant;
    private int lastProbeSequence;

    public Connection(int id, Channel channel, int hopId, HopMac udpMac, RateLimit udpRateLimit) {
        this.id = id;
        this.channel = channel;
        this.hopId = hopId;
        this.udpMac = udpMac;
        this.udpRateLimit = udpRateLimit;
    }

    /** The client's IP address (loopback for a channel without one, as in tests). */
    public InetAddress remoteAddress() {
        return channel.remoteAddress() instanceof InetSocketAddress address && address.getAddress() != null
                ? address.getAddress() : InetAddress.getLoopbackAddress();
    }

    public int id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public int hopId() {
        return hopId;
    }

    public HopMac udpMac() {
        return udpMac;
    }

    public RateLimit udpRateLimit() {
        return udpRateLimit;
    }

    /** The address media goes to when UDP is selected; learned from authenticated probes. */
    public InetSocketAddress udpAddress() {
        return udpAddress;
    }

    /**
     * Takes {@code address} as this connection's UDP address if the probe is newer than any before, so a
     * replayed old probe cannot move the connection's media to another address.
     */
    public boolean learnAddress(InetSocketAddress address, int probeSequence) {
        if (probeSequence <= lastProbeSequence) {
            return false;
        }
        lastProbeSequence = probeSequence;
        udpAddress = address;
        return true;
    }

    /** Whether media to this client goes over UDP (the client confirmed that UDP works both ways). */
    public boolean deliversOverUdp() {
        return udpSelected && udpAddress != null;
    }

    public void selectUdp(boolean selected) {
        this.udpSelected = selected;
    }

    public Participant participant() {
        return participant;
    }

    void participant(Participant value) {
        this.participant = value;
    }

    @Override
    public String toString() {
        return "connection " + id;
    }
}
