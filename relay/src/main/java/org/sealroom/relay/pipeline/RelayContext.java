package org.sealroom.relay.pipeline;

import io.netty.channel.group.ChannelGroup;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sealroom.relay.RelayLimits;
import org.sealroom.relay.capture.CaptureSink;
import org.sealroom.relay.forward.Forwarder;
import org.sealroom.relay.metrics.RelayMetrics;
import org.sealroom.relay.room.HopSessions;
import org.sealroom.relay.room.RoomRegistry;

/** The relay's shared state and services, handed to the handlers of every connection. */
public record RelayContext(RelayLimits limits, RelayMetrics metrics, RoomRegistry rooms, HopSessions hops,
                           Forwarder forwarder, CaptureSink capture, SecureRandom random, ChannelGroup connections,
                           AtomicInteger connectionIds, AtomicInteger udpPort, AtomicBoolean draining) {
}
