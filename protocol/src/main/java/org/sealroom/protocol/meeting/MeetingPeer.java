package org.sealroom.protocol.meeting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.CryptoException;
import org.sealroom.crypto.ReplayException;
import org.sealroom.crypto.UnknownKeyException;
import org.sealroom.crypto.code.SecurityCode;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.hpke.MeetingKeyWrap;
import org.sealroom.crypto.hpke.WrapContext;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One participant's side of an end-to-end encrypted meeting (docs/protocol.md): joining, epochs, data and media
 * protection, and — while this participant is the host — the host's duties. Transport-neutral: relay events come in
 * through the {@code on…} methods, messages go out through a {@link MeetingOutbox}.
 *
 * <p>Everything but media runs on one thread of its own, so the protocol state needs no locks; media frames are
 * protected and checked on the caller's thread. Every payload may have been forged by the relay: a bad one is
 * counted and reported as a {@link MeetingWarning}, never thrown at the transport.
 */
public final class MeetingPeer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingPeer.class);
    private static final int MAX_EARLY_FRAMES = 32;

    public enum Phase { STARTING, CHECKING_PASSWORD, PASSWORD_REFUSED, WAITING_FOR_HOST, IN_LOBBY, MEMBER, DENIED, ENDED }

    private final MeetingConfig config;
    private final MeetingOutbox outbox;
    private final MeetingListeners listeners = new MeetingListeners();
    private final ScheduledExecutorService executor;
    private final X25519KeyPair ownMeetingKey = X25519KeyPair.generate();
    private final FrameProtection frames = new FrameProtection();
    private final Set<Integer> relayMembers = ConcurrentHashMap.newKeySet();
    /** Participants in the relay room's lobby (joined by meeting number): they may address only the host. */
    private final Set<Integer> lobbyParticipants = ConcurrentHashMap.newKeySet();
    private final Map<Epoch, MeetingKey> unwrapped = new HashMap<>();
    private final Deque<EarlyFrame> earlyFrames = new ArrayDeque<>();
    private final Map<MeetingWarning.Kind, LongAdder> warnings = new ConcurrentHashMap<>();

    private volatile Thread meetingThread;
    private volatile Phase phase = Phase.STARTING;
    private volatile int ownId = -1;
    private volatile Roster roster;
    /** The current roster by relay id: looked up for every received media frame, so not a list scan. */
    private volatile Map<Integer, RosterMember> members = Map.of();
    private volatile EpochView view;
    private IdentityPublicKey hostIdentity;
    private X25519PublicKey hostMeetingKey;
    private int hostId = -1;
    private HandoverChain chain = HandoverChain.empty();
    private Handover standby;
    private Epoch lastEpoch;
    private Epoch pendingActivation;
    private MeetingKey pendingKey;
    private ScheduledFuture<?> activationFallback;
    private ScheduledFuture<?> stallCheck;
    private HostDuties host;
    private MeetingSecret secret;
    private Fingerprint linkHost;
    private PasswordJoiner passwordJoiner;
    private PasswordGuard passwordGuard;
    private volatile boolean joinedWithPassword;

    private record EarlyFrame(int sender, byte[] payload) {}

    private MeetingPeer(MeetingConfig config, MeetingOutbox outbox) {
        this.config = config;
        this.outbox = outbox;
        this.secret = config.secret();
        this.linkHost = config.linkHost().orElse(null);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "meeting-" + config.roomId());
            thread.setDaemon(true);
            meetingThread = thread;
            return thread;
        });
    }

    public static MeetingPeer create(MeetingConfig config, MeetingOutbox outbox) {
        return new MeetingPeer(config, outbox);
    }

    public void addListener(MeetingListener listener) {
        listeners.add(listener);
    }

    /** The relay let us into the room as {@code ownId}, with {@code members} already there. */
    public void start(int ownId, Set<Integer> members) {
        run(() -> {
            this.ownId = ownId;
            relayMembers.addAll(members);
            relayMembers.remove(ownId);
            if (config.hosting()) {
                hostIdentity = config.identity().publicKey();
                hostMeetingKey = ownMeetingKey.publicKey();
                hostId = ownId;
                RosterMember self = new RosterMember(ownId, 0, MemberRole.HOST, config.displayName(),
                        config.identity().publicKey(), ownMeetingKey.publicKey());
                config.password().ifPresent(p -> passwordGuard = new PasswordGuard(this, config, p, executor));
                becomeHost(List.of(self));
            } else if (config.joiningWithPassword()) {
                startPasswordJoin();
            } else {
                phase = Phase.WAITING_FOR_HOST;
            }
        });
    }

    // ---- relay events ----

    public void onPayload(int sender, byte[] payload) {
        run(() -> handlePayload(sender, payload));
    }

    public void onParticipantJoined(int participantId) {
        run(() -> {
            relayMembers.add(participantId);
            if (host != null) {
                host.announceTo(participantId);
            }
        });
    }

    /** Host only: someone joined the relay room's lobby by meeting number and may now try the password. */
    public void onLobbyJoined(int participantId) {
        run(() -> lobbyParticipants.add(participantId));
    }

    public void onParticipantLeft(int participantId) {
        run(() -> {
            relayMembers.remove(participantId);
            if (lobbyParticipants.remove(participantId) && passwordGuard != null) {
                passwordGuard.onLeft(participantId);
            }
            if (host != null) {
                host.onLeft(participantId);
            } else if (participantId == hostId) {
                hostLeft();
            } else if (member(participantId).isPresent()) {
                expectRekey();
            }
        });
    }

    /**
     * The transport reconnected and is back in the room, possibly under a new id (after a relay restart). A member
     * under a new id passes the host's check again (the host re-admits known keys at once); a host drops members
     * who did not come back and rekeys.
     */
    public void onResumed(int participantId, Set<Integer> members) {
        run(() -> {
            relayMembers.clear();
            relayMembers.addAll(members);
            relayMembers.remove(participantId);
            int previous = ownId;
            ownId = participantId;
            if (host != null) {
                host.resumed(previous);
            } else if (previous != participantId && phase != Phase.ENDED && phase != Phase.DENIED) {
                phase = Phase.WAITING_FOR_HOST;
            }
        });
    }

    /** A media datagram: checked and decrypted on the caller's thread. */
    public void onMedia(int sender, int streamId, int sequence, byte[] frame) {
        Optional<RosterMember> from = member(sender);
        StreamKind stream;
        try {
            stream = StreamKind.fromContext(streamId);
            byte[] plain = frames.unprotectMedia(sender, stream, frame);
            if (from.isPresent()) {
                listeners.mediaReceived(from.get(), stream, sequence, plain);
            }
        } catch (AuthenticationFailedException e) {
            warn(MeetingWarning.Kind.DECRYPTION_FAILED, "A media frame from #" + sender + " failed authentication.");
        } catch (CryptoException e) {
            LOG.debug("media frame from #{} dropped: {}", sender, e.getMessage());
        }
    }

    // ---- actions ----

    public void admit(long lobbyId) {
        run(() -> hostOnly("admit").ifPresent(h -> h.admit(lobbyId)));
    }

    public void deny(long lobbyId) {
        run(() -> hostOnly("deny").ifPresent(h -> h.deny(lobbyId)));
    }

    public void remove(int participantId) {
        run(() -> hostOnly("remove").ifPresent(h -> h.remove(participantId)));
    }

    public void setCoHost(int participantId) {
        run(() -> hostOnly("name a co-host").ifPresent(h -> {
            h.member(participantId).ifPresent(m -> {
                h.setRole(participantId, MemberRole.COHOST);
                HandoverChain link = h.chain().extend(config.identity(), m.identity(), config.roomId());
                outbox.toAll(protectData(DataType.HANDOVER, new Handover(participantId, true, link).encode()));
            });
        }));
    }

    public void handOverHost(int participantId) {
        run(() -> hostOnly("hand over").ifPresent(h -> h.member(participantId).ifPresent(m -> {
            HandoverChain next = h.chain().extend(config.identity(), m.identity(), config.roomId());
            outbox.toAll(protectData(DataType.HANDOVER, new Handover(participantId, false, next).encode()));
            h.stop();
            host = null;
            trustHost(m, next);
        })));
    }

    /** Sends a data message to everyone in the current epoch; {@linkplain DataType#sealed() sealed} types cannot. */
    public void sendData(DataType type, byte[] body) {
        if (type.sealed()) {
            throw new IllegalArgumentException(type + " is sealed to one member: use sendDataTo");
        }
        run(() -> {
            if (frames.sendEpoch().isPresent()) {
                outbox.toAll(protectData(type, body));
            }
        });
    }

    /** Sends a data message to one member only; {@linkplain DataType#sealed() sealed} bodies are sealed to its key. */
    public void sendDataTo(int participantId, DataType type, byte[] body) {
        run(() -> {
            Optional<RosterMember> to = member(participantId);
            if (to.isEmpty() || frames.sendEpoch().isEmpty()) {
                return;
            }
            byte[] content = type.sealed()
                    ? PrivateSeal.seal(body, to.get().meetingKey(), ownMeetingKey, config.roomId())
                    : body;
            outbox.to(participantId, protectData(type, content));
        });
    }

    /** Protects and sends one media frame; dropped while this member has no epoch to send under. */
    public boolean sendMedia(StreamKind stream, int sequence, byte[] payload) {
        if (frames.sendEpoch().isEmpty()) {
            return false;
        }
        outbox.media(stream, sequence, frames.protectMedia(stream, payload));
        return true;
    }

    // ---- state ----

    public Phase phase() {
        return phase;
    }

    public int ownId() {
        return ownId;
    }

    public boolean isHost() {
        return host != null;
    }

    /**
     * The epoch this member sends under: the installed one once the host activated it, the previous one until then
     * (a member who joined in between cannot read what is sent under the previous one).
     */
    public Optional<Epoch> sendEpoch() {
        return frames.sendEpoch();
    }

    public Optional<EpochView> view() {
        return Optional.ofNullable(view);
    }

    public List<LobbyRequest> lobby() {
        return call(() -> host == null ? List.<LobbyRequest>of() : host.lobby());
    }

    public List<SenderStats> senderStats() {
        return frames.stats();
    }

    public Map<MeetingWarning.Kind, Long> warningCounts() {
        Map<MeetingWarning.Kind, Long> out = new HashMap<>();
        warnings.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Whether this member got into the meeting with a typed password (it should compare the security code). */
    public boolean joinedWithPassword() {
        return joinedWithPassword;
    }

    /** Host: wrong passwords tried so far in this meeting. */
    public int failedPasswordGuesses() {
        return call(() -> passwordGuard == null ? 0 : passwordGuard.failures());
    }

    public X25519PublicKey ownMeetingKey() {
        return ownMeetingKey.publicKey();
    }

    /** Stops this peer: keys are destroyed, no more events. The caller leaves the relay room. */
    @Override
    public void close() {
        run(() -> {
            if (host != null) {
                host.stop();
            }
            if (passwordGuard != null) {
                passwordGuard.stop();
            }
            if (passwordJoiner != null) {
                passwordJoiner.close();
            }
            phase = Phase.ENDED;
            frames.close();
            unwrapped.values().forEach(MeetingKey::destroy);
            ownMeetingKey.destroy();
        });
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- package-private, for HostDuties ----

    MeetingOutbox outbox() {
        return outbox;
    }

    MeetingListeners listeners() {
        return listeners;
    }

    Set<Integer> relayMembers() {
        return relayMembers;
    }

    /** Whether this participant is in the relay room's lobby (joined by meeting number, not yet promoted). */
    boolean inRelayLobby(int participantId) {
        return lobbyParticipants.contains(participantId);
    }

    /** The host admitted a lobby participant: the relay makes it a full member before its first epoch. */
    void promote(int participantId) {
        if (lobbyParticipants.remove(participantId)) {
            outbox.promote(participantId);
            relayMembers.add(participantId);
        }
    }

    /** A lobby participant proved the password: it now holds {@code S} and gets the announcement, as a link joiner. */
    void passwordAccepted(int participantId) {
        if (host != null) {
            host.announceTo(participantId);
        }
    }

    void warning(MeetingWarning.Kind kind, String message) {
        warn(kind, message);
    }

    Optional<Epoch> lastEpoch() {
        return Optional.ofNullable(lastEpoch);
    }

    byte[] protectData(DataType type, byte[] body) {
        return frames.protectData(type, body);
    }

    /** The host installs the epoch it made and sends under it at once. */
    void installOwnEpoch(Epoch epoch, MeetingKey key, Roster next) {
        frames.installReceive(epoch, key, FrameProtection.senderMap(next));
        frames.activateSend(epoch, key, 0);
        accept(epoch, key, next);
        key.destroy();
    }

    Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("meeting task failed: {}", e.toString());
            }
        };
    }

    // ---- inbound handling (peer thread) ----

    private void handlePayload(int sender, byte[] payload) {
        try {
            switch (PayloadKind.of(payload)) {
                case ANNOUNCEMENT -> onAnnouncement(sender, payload);
                case JOIN_REQUEST -> {
                    if (host != null) {
                        host.onJoinRequest(sender, payload);
                    }
                }
                case DENIAL -> onDenial(payload);
                case EPOCH_KEY -> onEpochKey(sender, payload);
                case DATA -> onData(sender, payload, true);
                case PAKE -> onPake(sender, payload);
            }
        } catch (HostMismatchException e) {
            warn(MeetingWarning.Kind.HOST_MISMATCH, e.getMessage());
        } catch (MalformedMeetingMessageException e) {
            warn(MeetingWarning.Kind.FORGED_MESSAGE, "Rejected a message from #" + sender + ": " + e.getMessage());
        }
    }

    private void startPasswordJoin() {
        if (relayMembers.size() != 1) {
            throw new IllegalStateException("a password joiner starts in the lobby, knowing only the room's owner");
        }
        hostId = relayMembers.iterator().next();
        phase = Phase.CHECKING_PASSWORD;
        passwordJoiner = PasswordJoiner.start(config.password().orElseThrow(), config.roomId(), ownId, hostId, outbox);
    }

    private void onPake(int sender, byte[] payload) {
        if (passwordGuard != null && host != null) {
            if (lobbyParticipants.contains(sender)) {
                passwordGuard.onMessage(sender, PakeMessage.decode(payload));
            }
            return;
        }
        if (phase != Phase.CHECKING_PASSWORD || sender != hostId) {
            return;
        }
        try {
            passwordJoiner.onMessage(PakeMessage.decode(payload), hostId, outbox).ifPresent(grant -> {
                passwordJoiner.close();
                passwordJoiner = null;
                secret = grant.secret();
                linkHost = grant.host();
                joinedWithPassword = true;
                phase = Phase.WAITING_FOR_HOST;
            });
        } catch (PasswordJoiner.WrongPasswordException | PasswordJoiner.PasswordsRefusedException e) {
            passwordJoiner.close();
            passwordJoiner = null;
            phase = Phase.PASSWORD_REFUSED;
            listeners.passwordRefused(e.getMessage());
        }
    }

    private void onAnnouncement(int sender, byte[] payload) {
        if (phase != Phase.WAITING_FOR_HOST) {
            return;
        }
        HostAnnouncement announcement = HostAnnouncement.open(payload, secret, config.roomId(), linkHost);
        hostIdentity = announcement.hostIdentity();
        hostMeetingKey = announcement.hostMeetingKey();
        hostId = sender;
        chain = announcement.handovers();
        JoinRequest request = JoinRequest.create(config.displayName(), config.identity(), ownMeetingKey.publicKey(),
                hostMeetingKey, secret, config.roomId(), joinedWithPassword);
        phase = Phase.IN_LOBBY;
        outbox.to(sender, request.seal(hostMeetingKey, config.roomId()));
        listeners.hostVerified(announcement);
    }

    private void onDenial(byte[] payload) {
        if (phase != Phase.IN_LOBBY) {
            return;
        }
        Denial.decode(payload, hostIdentity, ownMeetingKey.publicKey(), config.roomId());
        phase = Phase.DENIED;
        listeners.denied();
    }

    private void onEpochKey(int sender, byte[] payload) {
        if (sender != hostId && isStandbyHost(sender) && earlyFrames.size() < MAX_EARLY_FRAMES) {
            // The co-host may rekey before we have processed the host's departure: keep it until we have.
            earlyFrames.add(new EarlyFrame(sender, payload));
            return;
        }
        if (sender != hostId || hostMeetingKey == null || host != null) {
            throw new MalformedMeetingMessageException("epoch key not from the host");
        }
        EpochKeyMessage message = EpochKeyMessage.decode(payload);
        Epoch epoch = message.epoch();
        if (lastEpoch != null && !epoch.isAfter(lastEpoch) || unwrapped.containsKey(epoch)) {
            throw new MalformedMeetingMessageException("epoch key for an old epoch " + epoch.value());
        }
        MeetingKey key = Decoding.checked(() -> MeetingKeyWrap.unwrap(message.wrapped(), ownMeetingKey,
                hostMeetingKey, new WrapContext(config.roomId(), epoch)));
        unwrapped.put(epoch, key);
        // Until its roster arrives, only the host may send under the new epoch: the roster is its first frame.
        frames.installReceive(epoch, key, Map.of(hostId, 0));
        retryEarlyFrames();
    }

    private void onData(int sender, byte[] payload, boolean mayDefer) {
        ReceivedData data;
        try {
            data = frames.unprotectData(sender, payload);
        } catch (UnknownKeyException e) {
            if (mayDefer && (sender == hostId || isStandbyHost(sender)) && earlyFrames.size() < MAX_EARLY_FRAMES) {
                earlyFrames.add(new EarlyFrame(sender, payload)); // its epoch key may still be on its way
            }
            return;
        } catch (ReplayException e) {
            return; // counted per sender
        } catch (AuthenticationFailedException e) {
            warn(MeetingWarning.Kind.DECRYPTION_FAILED, "A message from #" + sender + " failed authentication.");
            return;
        } catch (CryptoException e) {
            warn(MeetingWarning.Kind.FORGED_MESSAGE, "A malformed message from #" + sender + " was dropped.");
            return;
        }
        dispatch(data);
    }

    /** Retries what arrived before the key or the host change it needed; each item gets one more chance. */
    private void retryEarlyFrames() {
        List<EarlyFrame> pending = new ArrayList<>(earlyFrames);
        earlyFrames.clear();
        for (EarlyFrame f : pending) {
            try {
                if (f.payload()[0] == PayloadKind.EPOCH_KEY.code()) {
                    onEpochKey(f.sender(), f.payload());
                } else {
                    onData(f.sender(), f.payload(), false);
                }
            } catch (MalformedMeetingMessageException e) {
                warn(MeetingWarning.Kind.FORGED_MESSAGE, "Rejected a message from #" + f.sender() + ": "
                        + e.getMessage());
            }
        }
    }

    private boolean isStandbyHost(int participantId) {
        return standby != null && standby.newHost() == participantId;
    }

    private void dispatch(ReceivedData data) {
        switch (data.type()) {
            case ROSTER -> onRoster(data);
            case KEY_ACK -> {
                if (host != null) {
                    host.onAck(data.sender(), new Epoch(new MessageReader(data.body(), 0, "ack").u32()));
                }
            }
            case ACTIVATE -> onActivate(data);
            case HANDOVER -> onHandover(data);
            default -> deliver(data);
        }
    }

    private void deliver(ReceivedData data) {
        Optional<RosterMember> from = member(data.sender());
        if (from.isEmpty()) {
            return;
        }
        ReceivedData delivered = data;
        if (data.type().sealed()) {
            byte[] opened = PrivateSeal.open(data.body(), ownMeetingKey, from.get().meetingKey(), config.roomId());
            delivered = new ReceivedData(data.sender(), data.type(), opened);
        }
        listeners.dataReceived(from.get(), delivered);
    }

    private void onRoster(ReceivedData data) {
        if (data.sender() != hostId || host != null) {
            throw new MalformedMeetingMessageException("roster not from the host");
        }
        Roster next = Roster.decode(data.body());
        next.verify(hostIdentity, config.roomId());
        MeetingKey key = unwrapped.remove(next.epoch());
        if (key == null) {
            throw new MalformedMeetingMessageException("roster for epoch " + next.epoch().value() + " without its key");
        }
        if (!next.commitment().equals(key.commitment())) {
            key.destroy();
            throw new MalformedMeetingMessageException("roster commitment does not match the epoch key");
        }
        Optional<RosterMember> self = next.member(ownId);
        if (self.isEmpty() || !self.get().meetingKey().equals(ownMeetingKey.publicKey())) {
            key.destroy();
            throw new MalformedMeetingMessageException("roster does not list this member");
        }
        frames.updateSenders(next.epoch(), FrameProtection.senderMap(next));
        accept(next.epoch(), key, next);
        if (next.activateImmediately() || frames.sendEpoch().isEmpty()) {
            activate(next.epoch(), key, self.get().senderIndex());
        } else {
            deferActivation(next.epoch(), key);
        }
        outbox.to(hostId, protectAck(next.epoch()));
        phase = Phase.MEMBER;
    }

    private byte[] protectAck(Epoch epoch) {
        // Acknowledge under whatever epoch this member sends now: the host holds both.
        return frames.protectData(DataType.KEY_ACK, new MessageWriter().u32(epoch.value()).toByteArray());
    }

    private void deferActivation(Epoch epoch, MeetingKey key) {
        destroyPending();
        pendingActivation = epoch;
        pendingKey = key;
        long fallback = config.activationTimeout().toMillis() * 2;
        activationFallback = executor.schedule(guarded(() -> activatePending(epoch)), fallback, TimeUnit.MILLISECONDS);
    }

    private void onActivate(ReceivedData data) {
        SignedEpochNotice notice = SignedEpochNotice.decode(data.body());
        notice.verify(hostIdentity, config.roomId());
        activatePending(notice.epoch());
    }

    private void activatePending(Epoch epoch) {
        if (pendingKey != null && epoch.equals(pendingActivation)) {
            member(ownId).ifPresent(self -> activate(epoch, pendingKey, self.senderIndex()));
        }
    }

    private void activate(Epoch epoch, MeetingKey key, int senderIndex) {
        frames.activateSend(epoch, key, senderIndex);
        if (key == pendingKey) {
            pendingKey = null;
            pendingActivation = null;
        }
        key.destroy();
    }

    private void destroyPending() {
        if (activationFallback != null) {
            activationFallback.cancel(false);
        }
        if (pendingKey != null) {
            pendingKey.destroy();
            pendingKey = null;
        }
    }

    /** Records an installed epoch and tells the listeners. */
    private void accept(Epoch epoch, MeetingKey key, Roster next) {
        config.keyLog().logEpoch(epoch, key, next, FrameProtection.SUITES);
        lastEpoch = epoch;
        Map<Integer, RosterMember> byId = new HashMap<>();
        next.members().forEach(m -> byId.put(m.participantId(), m));
        members = Map.copyOf(byId);
        roster = next;
        if (stallCheck != null) {
            stallCheck.cancel(false);
        }
        SecurityCode code = SecurityCode.compute(next.commitment(), epoch, next.identities());
        view = new EpochView(epoch, next, code, ownId);
        listeners.epochInstalled(view);
    }

    private void onHandover(ReceivedData data) {
        if (data.sender() != hostId) {
            throw new MalformedMeetingMessageException("handover not from the host");
        }
        Handover handover = Handover.decode(data.body());
        Optional<RosterMember> successor = member(handover.newHost());
        if (successor.isEmpty()) {
            throw new MalformedMeetingMessageException("handover to a non-member");
        }
        List<HandoverChain.Link> links = handover.chain().links();
        HandoverChain.Link last = links.get(links.size() - 1);
        if (!last.from().equals(hostIdentity) || !last.to().equals(successor.get().identity())) {
            throw new MalformedMeetingMessageException("handover not signed by the current host");
        }
        Decoding.checked(() -> {
            last.from().verify(HandoverChain.signedBytes(config.roomId(), last.to()), last.signature());
            return null;
        });
        if (handover.standby()) {
            standby = handover;
        } else {
            trustHost(successor.get(), handover.chain());
        }
    }

    /** From now on {@code successor} makes the epochs; if that is us, take over. */
    private void trustHost(RosterMember successor, HandoverChain newChain) {
        hostIdentity = successor.identity();
        hostMeetingKey = successor.meetingKey();
        hostId = successor.participantId();
        chain = newChain;
        standby = null;
        if (successor.participantId() == ownId) {
            becomeHost(new ArrayList<>(roster.members()));
        } else {
            retryEarlyFrames();
        }
    }

    private void becomeHost(List<RosterMember> members) {
        host = new HostDuties(this, config, ownMeetingKey, executor, chain);
        phase = Phase.MEMBER;
        host.start(members.stream().filter(m -> m.participantId() == ownId
                || relayMembers.contains(m.participantId())).toList(), Set.copyOf(relayMembers));
        listeners.becameHost();
    }

    private void hostLeft() {
        Handover named = standby;
        Optional<RosterMember> cohost = named == null ? Optional.empty() : member(named.newHost());
        if (cohost.isPresent() && relayMembers.contains(cohost.get().participantId()) || cohost.isPresent()
                && cohost.get().participantId() == ownId) {
            trustHost(cohost.get(), named.chain());
            return;
        }
        phase = Phase.ENDED;
        warn(MeetingWarning.Kind.HOST_GONE,
                "The host left. This meeting can no longer change keys and has ended.");
        listeners.ended("The host left and no co-host was named.");
    }

    private void expectRekey() {
        Epoch seen = lastEpoch;
        if (stallCheck != null) {
            stallCheck.cancel(false);
        }
        stallCheck = executor.schedule(guarded(() -> {
            if (phase == Phase.MEMBER && seen != null && seen.equals(lastEpoch)) {
                warn(MeetingWarning.Kind.REKEY_STALLED,
                        "Someone left but the keys did not change: the relay may be withholding the rekey.");
            }
        }), config.stallTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private Optional<RosterMember> member(int participantId) {
        return Optional.ofNullable(members.get(participantId));
    }

    private Optional<HostDuties> hostOnly(String action) {
        if (host == null) {
            LOG.info("ignored '{}': this participant is not the host", action);
        }
        return Optional.ofNullable(host);
    }

    private void warn(MeetingWarning.Kind kind, String message) {
        warnings.computeIfAbsent(kind, k -> new LongAdder()).increment();
        LOG.warn("{}: {}", kind, message);
        listeners.warning(new MeetingWarning(kind, message));
    }

    private void run(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(guarded(task));
        }
    }

    private <T> T call(java.util.concurrent.Callable<T> task) {
        if (Thread.currentThread() == meetingThread) {
            try {
                return task.call(); // a listener asking from inside an event: answer at once, don't wait on ourselves
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return executor.submit(task).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("meeting thread did not answer", e);
        }
    }
}
