package org.sealroom.protocol.meeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.hpke.MeetingKeyWrap;
import org.sealroom.crypto.hpke.WrapContext;
import org.sealroom.crypto.hpke.WrappedMeetingKey;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.IdentityKeyPair;

/**
 * What the host's client does besides being a member (docs/protocol.md sections 3, 4 and 6): announces its meeting
 * key, keeps the lobby, admits and denies, and makes every epoch. Runs on the peer's thread only.
 */
final class HostDuties {

    /** How long a member who dropped may come back (same keys) without passing the lobby again. */
    private static final Duration REJOIN_WINDOW = Duration.ofSeconds(60);
    private static final Duration DENIED_KICK_DELAY = Duration.ofSeconds(2);

    private final MeetingPeer peer;
    private final MeetingConfig config;
    private final IdentityKeyPair identity;
    private final X25519KeyPair meetingKey;
    private final ScheduledExecutorService executor;
    private final HandoverChain chain;

    private final Map<Long, LobbyRequest> lobby = new LinkedHashMap<>();
    private final Map<Integer, RosterMember> admitted = new LinkedHashMap<>();
    private final Map<X25519PublicKey, Long> recentlyLeft = new HashMap<>();
    private final Set<Integer> acknowledged = new HashSet<>();
    private long nextLobbyId = 1;
    private long lastRekeyNanos = System.nanoTime();
    private Epoch epoch;
    private Roster roster;
    private ScheduledFuture<?> pendingRekey;
    private ScheduledFuture<?> pendingActivation;
    private ScheduledFuture<?> rotation;

    HostDuties(MeetingPeer peer, MeetingConfig config, X25519KeyPair meetingKey, ScheduledExecutorService executor,
            HandoverChain chain) {
        this.peer = peer;
        this.config = config;
        this.identity = config.identity();
        this.meetingKey = meetingKey;
        this.executor = executor;
        this.chain = chain;
    }

    HandoverChain chain() {
        return chain;
    }

    /** Takes charge of {@code members} (the roster so far, or just this host) and makes the first epoch. */
    void start(List<RosterMember> members, Set<Integer> relayMembers) {
        for (RosterMember member : members) {
            admitted.put(member.participantId(), member);
        }
        epoch = peer.lastEpoch().map(Epoch::next).orElse(Epoch.FIRST);
        rekey(true);
        long period = config.rotation().toMillis();
        rotation = executor.scheduleAtFixedRate(peer.guarded(() -> rekey(false)), period, period,
                TimeUnit.MILLISECONDS);
        relayMembers.stream().filter(id -> !admitted.containsKey(id)).forEach(this::announceTo);
    }

    void stop() {
        cancel(pendingRekey);
        cancel(pendingActivation);
        cancel(rotation);
    }

    void announceTo(int participantId) {
        HostAnnouncement announcement = HostAnnouncement.sign(identity, meetingKey.publicKey(), config.roomId(), chain);
        peer.outbox().to(participantId, announcement.seal(config.secret(), config.roomId()));
    }

    void onJoinRequest(int sender, byte[] payload) {
        if (admitted.containsKey(sender) || lobby.values().stream().anyMatch(r -> r.participantId() == sender)) {
            return;
        }
        JoinRequest claimed = JoinRequest.open(payload, meetingKey, config.secret(), config.roomId());
        // Whether it came by password is what the relay room says (its lobby), not what the joiner claims.
        JoinRequest request = claimed.withViaPassword(peer.inRelayLobby(sender));
        Long leftAt = recentlyLeft.remove(request.meetingKey());
        boolean rejoining = leftAt != null && System.currentTimeMillis() - leftAt < REJOIN_WINDOW.toMillis();
        LobbyRequest entry = new LobbyRequest(nextLobbyId++, sender, request);
        lobby.put(entry.lobbyId(), entry);
        if (config.autoAdmit() || rejoining) {
            admit(entry.lobbyId());
        } else {
            peer.listeners().lobbyChanged(lobby());
        }
    }

    List<LobbyRequest> lobby() {
        return List.copyOf(lobby.values());
    }

    void admit(long lobbyId) {
        LobbyRequest entry = lobby.remove(lobbyId);
        if (entry == null) {
            return;
        }
        JoinRequest request = entry.request();
        peer.promote(entry.participantId());
        admitted.put(entry.participantId(), new RosterMember(entry.participantId(), -1, MemberRole.MEMBER,
                request.displayName(), request.identity(), request.meetingKey()));
        peer.listeners().lobbyChanged(lobby());
        if (pendingRekey == null || pendingRekey.isDone()) {
            // Leading edge: a lone join is keyed at once; joins soon after it share the next batch.
            long sinceLast = System.nanoTime() - lastRekeyNanos;
            long wait = Math.max(0, config.rekeyBatch().toNanos() - sinceLast);
            pendingRekey = executor.schedule(peer.guarded(() -> rekey(false)), wait, TimeUnit.NANOSECONDS);
        }
    }

    void deny(long lobbyId) {
        LobbyRequest entry = lobby.remove(lobbyId);
        if (entry == null) {
            return;
        }
        int participant = entry.participantId();
        peer.outbox().to(participant, Denial.sign(identity, entry.request().meetingKey(), config.roomId()).encode());
        // The joiner leaves by itself on the denial; the kick only removes one that does not.
        executor.schedule(peer.guarded(() -> {
            if (peer.relayMembers().contains(participant) || peer.inRelayLobby(participant)) {
                peer.outbox().kick(participant);
            }
        }), DENIED_KICK_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        peer.listeners().lobbyChanged(lobby());
    }

    void remove(int participantId) {
        if (participantId == peer.ownId()) {
            return;
        }
        peer.outbox().kick(participantId);
        onLeft(participantId);
    }

    /** A participant left the relay room: a member's departure rekeys at once. */
    void onLeft(int participantId) {
        if (lobby.values().removeIf(r -> r.participantId() == participantId)) {
            peer.listeners().lobbyChanged(lobby());
        }
        RosterMember member = admitted.remove(participantId);
        if (member != null) {
            recentlyLeft.put(member.meetingKey(), System.currentTimeMillis());
            rekey(true);
        }
    }

    /** Back in the room after a reconnect: forget members the relay no longer has, take the new id, rekey. */
    void resumed(int previousOwnId) {
        RosterMember self = admitted.remove(previousOwnId);
        admitted.values().removeIf(m -> {
            boolean gone = !peer.relayMembers().contains(m.participantId());
            if (gone) {
                recentlyLeft.put(m.meetingKey(), System.currentTimeMillis());
            }
            return gone;
        });
        if (self != null) {
            admitted.put(peer.ownId(), new RosterMember(peer.ownId(), 0, MemberRole.HOST, self.displayName(),
                    self.identity(), self.meetingKey()));
        }
        peer.relayMembers().stream().filter(id -> !admitted.containsKey(id)).forEach(this::announceTo);
        rekey(true);
    }

    void setRole(int participantId, MemberRole role) {
        RosterMember member = admitted.get(participantId);
        if (member == null || participantId == peer.ownId()) {
            return;
        }
        if (role == MemberRole.COHOST) {
            admitted.replaceAll((id, m) -> m.role() == MemberRole.COHOST ? m.withRole(MemberRole.MEMBER) : m);
        }
        admitted.put(participantId, member.withRole(role));
        rekey(false);
    }

    Optional<RosterMember> member(int participantId) {
        return Optional.ofNullable(admitted.get(participantId));
    }

    void onAck(int sender, Epoch acked) {
        if (roster == null || !acked.equals(epoch) || !admitted.containsKey(sender)) {
            return;
        }
        acknowledged.add(sender);
        if (acknowledged.containsAll(admitted.keySet())) {
            activate();
        }
    }

    /**
     * Makes a new epoch: a fresh key wrapped for every member, then the signed roster under the new key. After a
     * leave ({@code immediate}) members switch at once; otherwise on the activate message.
     */
    void rekey(boolean immediate) {
        cancel(pendingRekey);
        cancel(pendingActivation);
        lastRekeyNanos = System.nanoTime();
        if (roster != null) {
            epoch = epoch.next();
        }
        List<RosterMember> members = assignIndexes();
        MeetingKey key = MeetingKey.generate();
        Roster next = Roster.sign(identity, config.roomId(), epoch, key.commitment(), immediate, members);
        WrapContext context = new WrapContext(config.roomId(), epoch);
        List<RosterMember> others = members.stream().filter(m -> m.participantId() != peer.ownId()).toList();
        List<WrappedMeetingKey> wrapped = Decoding.checked(() -> MeetingKeyWrap.wrapAll(key,
                others.stream().map(RosterMember::meetingKey).toList(), meetingKey, context));
        for (int i = 0; i < others.size(); i++) {
            peer.outbox().to(others.get(i).participantId(), new EpochKeyMessage(epoch, wrapped.get(i)).encode());
        }
        roster = next;
        acknowledged.clear();
        acknowledged.add(peer.ownId());
        peer.installOwnEpoch(epoch, key, next);
        peer.outbox().toAll(peer.protectData(DataType.ROSTER, next.encode()));
        if (!immediate) {
            pendingActivation = executor.schedule(peer.guarded(this::activate),
                    config.activationTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (acknowledged.containsAll(admitted.keySet()) && !immediate) {
            activate();
        }
    }

    private void activate() {
        cancel(pendingActivation);
        byte[] body = SignedEpochNotice.activate(identity, config.roomId(), epoch).encode();
        peer.outbox().toAll(peer.protectData(DataType.ACTIVATE, body));
    }

    /** Sender indexes stay with their members; the host always sends as index 0. */
    private List<RosterMember> assignIndexes() {
        Set<Integer> used = new HashSet<>();
        used.add(0);
        admitted.values().stream().filter(m -> m.participantId() != peer.ownId() && m.senderIndex() > 0)
                .forEach(m -> used.add(m.senderIndex()));
        List<RosterMember> members = new ArrayList<>();
        int next = 1;
        for (RosterMember m : admitted.values()) {
            int index;
            MemberRole role = m.role();
            if (m.participantId() == peer.ownId()) {
                index = 0;
                role = MemberRole.HOST;
            } else if (m.senderIndex() > 0) {
                index = m.senderIndex();
            } else {
                while (used.contains(next)) {
                    next++;
                }
                index = next;
                used.add(index);
            }
            RosterMember indexed = new RosterMember(m.participantId(), index, role == MemberRole.HOST
                    && m.participantId() != peer.ownId() ? MemberRole.MEMBER : role, m.displayName(), m.identity(),
                    m.meetingKey());
            members.add(indexed);
        }
        members.sort(Comparator.comparingInt(RosterMember::senderIndex));
        members.forEach(m -> admitted.put(m.participantId(), m));
        return members;
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
