package org.sealroom.protocol.transport;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.wire.HopMac;

/**
 * One TLS connection to the relay and the UDP hop credentials it was given. A reconnect makes a new link.
 * The path selection fields belong to the client's event loop; the volatile fields (and the immutable MAC, written
 * before {@code welcomed}) are read by sending threads.
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
    /** The media path selector's pending step (next probe or next try of UDP); one at a time. */
    ScheduledFuture<?> nextStep;
    /** Why the link ended, when the relay or the TLS handshake said so before it closed. */
    org.sealroom.protocol.ProtocolException failure;
    /** False when reconnecting cannot help (version mismatch, relay going away for good). */
    boolean reconnect = true;

    Link(Channel tcp) {
        this.tcp = tcp;
    }
}
