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
 * to-all and to-one delivery, membership events, the lobby of participants who joined by meeting number (they reach
 * only the owner, the first to join, until it promotes them), and a tamper hook that sees every payload (the hostile
 * relay).
 * The real relay is exercised by the client-app integration tests.
 */
final class LoopbackRoom {

    record Sent(int from, int to, byte[] payload) {}

    private final Map<Integer, MeetingPeer> peers = new ConcurrentHashMap<>();
    private final Map<Integer, MeetingPeer> shadows = new ConcurrentHashMap<>();
    private final Set<Integer> lobby = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private static final int OWNER = 1;
    final List<Sent> log = new CopyOnWriteArrayList<>();
    volatile UnaryOperator<Sent> tamper = UnaryOperator.identity();

    /** Adds a peer to the room and starts it, as the relay's join would. */
    int join(Function<MeetingOutbox, MeetingPeer> factory) {
        int id = nextId.getAndIncrement();
        MeetingPeer peer = factory.apply(outboxFor(id));
        Set<Integer> others = Set.copyOf(peers.keySet());
        peers.put(id, peer);
        peer.start(id, others);
        others.stream().filter(other -> !lobby.contains(other))
                .forEach(other -> peers.get(other).onParticipantJoined(id));
        return id;
    }

    /** Adds a peer to the room's lobby, as a join by meeting number would: it knows only the owner. */
    int joinLobby(Function<MeetingOutbox, MeetingPeer> factory) {
        int id = nextId.getAndIncrement();
        MeetingPeer peer = factory.apply(outboxFor(id));
        lobby.add(id);
        peers.put(id, peer);
        peers.get(OWNER).onLobbyJoined(id); // as the relay: the owner hears of it before it can send anything
        peer.start(id, Set.of(OWNER));
        return id;
    }

    boolean inLobby(int id) {
        return lobby.contains(id);
    }

    /**
     * {@code id} leaves, but only {@code first} hears of it now; the others hear when {@link #announceLeft} is
     * called. Models a relay whose "left" events reach members at different times.
     */
    void leaveTellingFirst(int id, int first) {
        MeetingPeer peer = peers.remove(id);
        if (peer != null) {
            peer.close();
        }
        peers.get(first).onParticipantLeft(id);
    }

    void announceLeft(int id, int to) {
        peers.get(to).onParticipantLeft(id);
    }

    void leave(int id) {
        MeetingPeer peer = peers.remove(id);
        if (peer != null) {
            peer.close();
        }
        boolean wasInLobby = lobby.remove(id);
        peers.forEach((other, p) -> {
            if (!wasInLobby && !lobby.contains(other) || other == OWNER) {
                p.onParticipantLeft(id);
            }
        });
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
                if (lobby.contains(from)) {
                    return;
                }
                peers.keySet().stream().filter(id -> id != from && !lobby.contains(id))
                        .forEach(id -> deliver(new Sent(from, id, payload)));
                shadows.keySet().forEach(id -> deliver(new Sent(from, id, payload)));
            }

            @Override
            public void to(int participantId, byte[] payload) {
                if ((lobby.contains(from) || lobby.contains(participantId)) && from != OWNER && participantId != OWNER) {
                    return;
                }
                deliver(new Sent(from, participantId, payload));
            }

            @Override
            public void media(StreamKind stream, int sequence, byte[] frame) {
                peers.forEach((id, peer) -> {
                    if (id != from && !lobby.contains(id) && !lobby.contains(from)) {
                        peer.onMedia(from, stream.context(), sequence, frame);
                    }
                });
            }

            @Override
            public void kick(int participantId) {
                leave(participantId);
            }

            @Override
            public void promote(int participantId) {
                if (from != OWNER || !lobby.remove(participantId)) {
                    return;
                }
                peers.forEach((id, peer) -> {
                    if (id != participantId && id != OWNER && !lobby.contains(id)) {
                        peer.onParticipantJoined(participantId);
                        peers.get(participantId).onParticipantJoined(id);
                    }
                });
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
