package org.sealroom.protocol.transport;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.wire.HopMac;

/**
 * One TLS connection to the relay and the UDP hop credentials it was given. A reconnect makes a new link.
 * The MAC is used only on the client's event loop; the volatile fields are read by sending threads.
 */
final class Link {
    final Channel tcp;
    volatile boolean welcomed;
    volatile MediaPath mediaPath = MediaPath.PENDING;
    volatile int hopId;
    volatile InetSocketAddress relayUdp;
    HopMac mac;
    int probesSent;
    int unansweredProbes;
    /** While media goes over TCP although a UDP socket exists: the wait before the next try of UDP. */
    long udpRetryMillis;
    /** Why the link ended, when the relay or the TLS handshake said so before it closed. */
    org.sealroom.protocol.ProtocolException failure;
    /** False when reconnecting cannot help (version mismatch, relay going away for good). */
    boolean reconnect = true;

    Link(Channel tcp) {
        this.tcp = tcp;
    }
}
