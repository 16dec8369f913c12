package org.sealroom.protocol.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.protocol.wire.OutboundDatagram;

/**
 * Chooses how one link carries media and keeps the choice right. It probes UDP until the relay acknowledges (UDP)
 * or the attempts run out (TCP). On UDP, one probe per keep-alive interval keeps the relay's binding fresh, and
 * three unanswered in a row mean UDP stopped getting through: back to TCP. On TCP it tries UDP again now and then
 * (from {@link RelayClientConfig#udpRetryInterval()}, doubling to {@value #MAX_RETRY_MILLIS} ms), so a network that
 * lets UDP through again — a captive portal passed, a VPN switched off — gets the faster path back. Lives on the
 * client's event loop.
 */
final class MediaPathSelector {

    static final int UNANSWERED_PROBES_BEFORE_FALLBACK = 3;
    static final long MAX_RETRY_MILLIS = 5 * 60 * 1000;

    /** What the selector needs of its client. */
    interface Owner {
        Link currentLink();

        boolean closing();

        long keepAliveMillis();

        /** Tells the relay and the listener; called on the loop. */
        void selected(Link link, MediaPath path, String detail);
    }

    private final EventLoop loop;
    private final RelayClientConfig config;
    private final Supplier<DatagramChannel> udp;
    private final Owner owner;

    MediaPathSelector(EventLoop loop, RelayClientConfig config, Supplier<DatagramChannel> udp, Owner owner) {
        this.loop = loop;
        this.config = config;
        this.udp = udp;
        this.owner = owner;
    }

    /** Starts choosing for a link the relay has just welcomed. */
    void start(Link link) {
        if (udp.get() == null) {
            owner.selected(link, MediaPath.TCP, "connected to relay " + config.endpoint() + "; media over TLS");
        } else {
            probe(link);
        }
    }

    /** The relay acknowledged a probe of the current link. */
    void onProbeAck() {
        Link link = owner.currentLink();
        if (link == null) {
            return;
        }
        link.unansweredProbes = 0;
        switch (link.mediaPath) {
            case PENDING -> {
                owner.selected(link, MediaPath.UDP, "connected to relay " + config.endpoint() + "; media over UDP");
                probe(link);
            }
            case TCP -> {
                owner.selected(link, MediaPath.UDP, "UDP to the relay gets through again: media over UDP");
                probe(link);
            }
            default -> { }
        }
    }

    private void probe(Link link) {
        if (!current(link)) {
            return;
        }
        if (link.mediaPath == MediaPath.PENDING) {
            if (link.probesSent >= config.udpProbeAttempts()) {
                fallBack(link, "UDP to the relay is blocked or filtered: media goes over TLS");
                return;
            }
            sendProbe(link);
            next(link, () -> probe(link), config.udpProbeInterval().toMillis());
        } else if (link.mediaPath == MediaPath.UDP) {
            if (link.unansweredProbes >= UNANSWERED_PROBES_BEFORE_FALLBACK) {
                fallBack(link, "UDP to the relay stopped getting through: media goes over TLS");
                return;
            }
            link.unansweredProbes++;
            sendProbe(link);
            next(link, () -> probe(link), owner.keepAliveMillis());
        }
    }

    private void fallBack(Link link, String detail) {
        owner.selected(link, MediaPath.TCP, detail);
        long wait = config.udpRetryInterval().toMillis();
        next(link, () -> retryUdp(link, wait), wait);
    }

    /**
     * On TCP, after waiting {@code waitedMillis}: one probe, whose acknowledgement (in {@link #onProbeAck}) switches
     * back to UDP; the next try waits twice as long.
     */
    private void retryUdp(Link link, long waitedMillis) {
        if (!current(link) || link.mediaPath != MediaPath.TCP) {
            return;
        }
        sendProbe(link);
        long wait = Math.min(MAX_RETRY_MILLIS, waitedMillis * 2);
        next(link, () -> retryUdp(link, wait), wait);
    }

    /**
     * Schedules the link's next step, replacing the one pending: a link has one timer, so a path change (an
     * acknowledgement arriving while a probe is due, a fallback while a retry is due) never leaves two running.
     */
    private void next(Link link, Runnable step, long delayMillis) {
        if (link.nextStep != null) {
            link.nextStep.cancel(false);
        }
        link.nextStep = loop.schedule(step, delayMillis, TimeUnit.MILLISECONDS);
    }

    private boolean current(Link link) {
        return owner.currentLink() == link && !owner.closing();
    }

    private void sendProbe(Link link) {
        link.probesSent++;
        DatagramChannel channel = udp.get();
        OutboundDatagram probe = new OutboundDatagram(HopDirection.CLIENT_TO_RELAY, DatagramType.PROBE,
                MediaPriority.AUDIO, link.hopId, 0, link.probesSent);
        channel.writeAndFlush(probe.packet(channel.alloc(), link.relayUdp, link.mac, Unpooled.EMPTY_BUFFER),
                channel.voidPromise());
    }
}
