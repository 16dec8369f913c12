package org.sealroom.protocol.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sealroom.crypto.epoch.StreamKind;

/**
 * An in-memory stand-in for the relay's routing, for protocol-level tests of the meeting layer: room-local ids,
 * to-all and to-one delivery, membership events, and a tamper hook that sees every payload (the hostile relay).
 * The real relay is exercised by the client-app integration tests.
 */
final class LoopbackRoom {

    record Sent(int from, int to, byte[] payload) {}

    private final Map<Integer, MeetingPeer> peers = new ConcurrentHashMap<>();
    private final Map<Integer, MeetingPeer> shadows = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    final List<Sent> log = new CopyOnWriteArrayList<>();
    volatile UnaryOperator<Sent> tamper = UnaryOperator.identity();

    /** Adds a peer to the room and starts it, as the relay's join would. */
    int join(Function<MeetingOutbox, MeetingPeer> factory) {
        int id = nextId.getAndIncrement();
        MeetingPeer peer = factory.apply(outboxFor(id));
        Set<Integer> others = Set.copyOf(peers.keySet());
        peers.put(id, peer);
        peer.start(id, others);
        others.forEach(other -> peers.get(other).onParticipantJoined(id));
        return id;
    }

    void leave(int id) {
        MeetingPeer peer = peers.remove(id);
        if (peer != null) {
            peer.close();
        }
        peers.values().forEach(p -> p.onParticipantLeft(id));
    }

    /**
     * Tells everyone that {@code id} left, but keeps delivering to it, as a hostile relay could: what a removed
     * member can still read.
     */
    void evictButKeepForwarding(int id) {
        shadows.put(id, peers.remove(id));
        peers.values().forEach(p -> p.onParticipantLeft(id));
    }

    MeetingPeer peer(int id) {
        return peers.get(id);
    }

    private MeetingOutbox outboxFor(int from) {
        return new MeetingOutbox() {
            @Override
            public void toAll(byte[] payload) {
                peers.keySet().stream().filter(id -> id != from).forEach(id -> deliver(new Sent(from, id, payload)));
                shadows.keySet().forEach(id -> deliver(new Sent(from, id, payload)));
            }

            @Override
            public void to(int participantId, byte[] payload) {
                deliver(new Sent(from, participantId, payload));
            }

            @Override
            public void media(StreamKind stream, int sequence, byte[] frame) {
                peers.forEach((id, peer) -> {
                    if (id != from) {
                        peer.onMedia(from, stream.context(), sequence, frame);
                    }
                });
            }

            @Override
            public void kick(int participantId) {
                leave(participantId);
            }
        };
    }

    private void deliver(Sent sent) {
        log.add(sent);
        Sent delivered = tamper.apply(sent);
        if (delivered == null) {
            return;
        }
        MeetingPeer target = peers.getOrDefault(delivered.to(), shadows.get(delivered.to()));
        if (target != null) {
            target.onPayload(delivered.from(), delivered.payload());
        }
    }
}
