package org.sealroom.client.meeting;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sealroom.client.collab.CollabEvents;
import org.sealroom.client.collab.Collaboration;
import org.sealroom.client.collab.PeerChannel;
import org.sealroom.client.collab.files.FilePolicy;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.media.SessionMedia;
import org.sealroom.client.recording.SessionRecording;
import org.sealroom.client.remote.LiveRemoteControl;
import org.sealroom.client.remote.MediaShareInfo;
import org.sealroom.client.remote.RemoteControlCounters;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.FileTransfers;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Polls;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.Reactions;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.ScreenSharing;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.ShareSource;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.session.VideoReceiveControl;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.EpochView;
import org.sealroom.protocol.meeting.LobbyRequest;
import org.sealroom.protocol.meeting.MeetingListener;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.meeting.MeetingWarning;
import org.sealroom.protocol.meeting.ReceivedData;
import org.sealroom.protocol.meeting.RosterMember;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.TransportState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meeting over a real relay: the {@link MeetingPeer} for E2EE, the {@link RelayClient} for transport, the contact
 * book for identity states, and media. Translates meeting-layer events into the front ends' {@link SessionListener}
 * vocabulary.
 */
public final class LiveMeetingSession implements MeetingSession, MeetingListener, ScreenSharing, VideoReceiveControl {

    private static final Logger LOG = LoggerFactory.getLogger(LiveMeetingSession.class);

    private final MeetingInfo info;
    private final ContactBook contacts;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ChatInbox chat = new ChatInbox();
    private final List<SecurityWarning> warningLog = new CopyOnWriteArrayList<>();
    private final MediaFlagBoard mediaFlags = new MediaFlagBoard();
    private final List<Consumer<ReceivedData>> dataHandlers = new CopyOnWriteArrayList<>();
    private final List<MediaSink> mediaSinks = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile RelayClient client;
    private volatile MeetingPeer peer;
    private volatile Collaboration collaboration;
    private volatile Optional<AutoCloseable> embeddedRelay = Optional.empty();
    private volatile Optional<SessionMedia> media = Optional.empty();
    private volatile Optional<SessionRecording> recording = Optional.empty();
    private volatile LiveRemoteControl remoteControl;
    private volatile SessionPhase phase = SessionPhase.CONNECTING;
    private volatile ConnectionStatus connection = ConnectionStatus.CONNECTING;
    private volatile int epochChanges;

    /** Receives decrypted media frames (the media engine, or the headless client's counters). */
    public interface MediaSink {
        void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload);
    }


    LiveMeetingSession(MeetingInfo info, ContactBook contacts) {
        this.info = info;
        this.contacts = contacts;
    }

    void bind(RelayClient relayClient, MeetingPeer meetingPeer, Optional<AutoCloseable> relay, FilePolicy files) {
        this.client = relayClient;
        this.peer = meetingPeer;
        this.embeddedRelay = relay;
        this.collaboration = new Collaboration(new PeerChannel(meetingPeer), new CollabToListeners(), files);
        meetingPeer.addListener(this);
        recording = Optional.of(new SessionRecording(this, this::each));
        bindRemoteControl(meetingPeer);
    }

    /** Sends and receives media from now on; {@code microphone}/{@code camera}: whether they start on. */
    void attachMedia(SessionMedia attached, boolean microphone, boolean camera) {
        mediaFlags.setMicrophone(microphone);
        mediaFlags.setCamera(camera);
        media = Optional.of(attached);
    }

    /** A decoded picture (a remote participant's, or the own camera's self view) for the front ends. */
    void videoFrame(ParticipantId from, VideoFrame frame) {
        each(l -> l.videoFrame(from, frame));
    }

    void transportChanged(TransportState state) {
        ConnectionStatus.State s = switch (state.phase()) {
            case CONNECTING -> ConnectionStatus.State.CONNECTING;
            case CONNECTED -> ConnectionStatus.State.CONNECTED;
            case RECONNECTING -> ConnectionStatus.State.RECONNECTING;
            case CLOSED -> ConnectionStatus.State.CLOSED;
        };
        ConnectionStatus.MediaPath path = switch (state.mediaPath()) {
            case UDP -> ConnectionStatus.MediaPath.UDP;
            case TCP -> ConnectionStatus.MediaPath.TCP;
            default -> ConnectionStatus.MediaPath.NONE;
        };
        RelayClient relay = client;
        Duration rtt = relay == null ? Duration.ZERO : relay.rtt().orElse(Duration.ZERO);
        ConnectionStatus.Quality quality = rtt.toMillis() < 150 ? ConnectionStatus.Quality.GOOD
                : rtt.toMillis() < 400 ? ConnectionStatus.Quality.FAIR : ConnectionStatus.Quality.POOR;
        boolean back = connection.state() == ConnectionStatus.State.RECONNECTING
                && s == ConnectionStatus.State.CONNECTED;
        connection = new ConnectionStatus(s, path, rtt, quality);
        each(l -> l.connectionChanged(connection));
        if (back) {
            collaboration.reconnected();
        }
    }

    void roomClosed(MembershipEvent.RoomClosed closed) {
        setPhase(SessionPhase.ENDED, closed.message());
    }

    // ---- MeetingSession ----

    @Override
    public MeetingInfo info() {
        return info;
    }

    @Override
    public SessionPhase phase() {
        return phase;
    }

    @Override
    public List<ParticipantInfo> participants() {
        Optional<EpochView> view = peer.view();
        if (view.isEmpty()) {
            return List.of();
        }
        List<ParticipantInfo> out = new ArrayList<>();
        for (RosterMember m : view.get().roster().members()) {
            boolean me = m.participantId() == peer.ownId();
            MediaFlagBoard.Flags flags = me ? mediaFlags.own() : mediaFlags.of(m.participantId());
            out.add(new ParticipantInfo(new ParticipantId(m.participantId()), m.displayName(), role(m),
                    me ? IdentityState.VERIFIED : contacts.classify(m.displayName(), m.identity()),
                    m.identity().fingerprint().safetyNumber(), me, flags.microphone(), flags.camera(), false,
                    flags.screen(), collaboration.reactions().handRaised(m.participantId())));
        }
        return out;
    }

    @Override
    public List<LobbyEntry> lobby() {
        return peer.lobby().stream().map(r -> new LobbyEntry(new LobbyEntryId(r.lobbyId()),
                r.request().displayName(), r.request().identity().fingerprint().safetyNumber(),
                contacts.classify(r.request().displayName(), r.request().identity()), r.request().viaPassword()))
                .toList();
    }

    @Override
    public E2eeStatus e2ee() {
        return peer.view().map(v -> new E2eeStatus(v.epoch().value(), v.securityCode().digits(),
                peer.joinedWithPassword()))
                .orElse(E2eeStatus.NONE);
    }

    @Override
    public ConnectionStatus connection() {
        return connection;
    }

    @Override
    public Optional<LocalRecording> localRecording() {
        return recording.map(LocalRecording.class::cast);
    }

    @Override
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void admit(LobbyEntryId entry) {
        peer.admit(entry.value());
    }

    @Override
    public void deny(LobbyEntryId entry) {
        peer.deny(entry.value());
    }

    @Override
    public void remove(ParticipantId participant) {
        peer.remove((int) participant.value());
    }

    @Override
    public void handOverHost(ParticipantId participant) {
        peer.handOverHost((int) participant.value());
    }

    @Override
    public void setCoHost(ParticipantId participant) {
        peer.setCoHost((int) participant.value());
    }

    @Override
    public void sendChat(String text) {
        peer.sendData(DataType.CHAT, ChatCodec.encode(text));
        recordOwnChat(text, Optional.empty());
    }

    @Override
    public void sendPrivateChat(ParticipantId to, String text) {
        peer.sendDataTo((int) to.value(), DataType.PRIVATE_CHAT, ChatCodec.encode(text));
        recordOwnChat(text, Optional.of(to));
    }

    @Override
    public void setMicrophoneEnabled(boolean enabled) {
        mediaFlags.setMicrophone(enabled);
        media.ifPresent(m -> m.setMicrophoneEnabled(enabled));
        announceMediaFlags();
    }

    @Override
    public void setCameraEnabled(boolean enabled) {
        mediaFlags.setCamera(enabled);
        media.ifPresent(m -> m.setCameraEnabled(enabled));
        announceMediaFlags();
    }

    @Override
    public Reactions reactions() {
        return collaboration.reactions();
    }

    @Override
    public Polls polls() {
        return collaboration.polls();
    }

    @Override
    public FileTransfers files() {
        return collaboration.files();
    }

    @Override
    public void markVerified(ParticipantId participant) {
        peer.view().flatMap(v -> v.roster().member((int) participant.value()))
                .ifPresent(m -> contacts.markVerified(m.displayName(), m.identity()));
        each(SessionListener::participantsChanged);
    }

    @Override
    public void leave() {
        setPhase(SessionPhase.ENDED, "You left the meeting.");
        close();
    }

    @Override
    public void endForAll() {
        if (peer.isHost()) {
            client.endRoom();
        }
        leave();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        recording.ifPresent(SessionRecording::close); // finish the file while media still flows
        closeRemoteControl();
        media.ifPresent(SessionMedia::close); // stop sending before the keys go
        Collaboration collab = collaboration;
        if (collab != null) {
            collab.close();
        }
        MeetingPeer p = peer;
        if (p != null) {
            p.close();
        }
        RelayClient c = client;
        if (c != null) {
            c.close();
        }
        embeddedRelay.ifPresent(relay -> {
            try {
                relay.close();
            } catch (Exception e) {
                LOG.debug("closing the embedded relay: {}", e.toString());
            }
        });
    }

    // ---- for the headless client, media and collaboration features ----

    public MeetingPeer peer() {
        return peer;
    }

    public List<ChatMessage> chatLog() {
        return chat.all();
    }

    public List<SecurityWarning> warningLog() {
        return List.copyOf(warningLog);
    }

    public int epochChanges() {
        return epochChanges;
    }

    /** Collaboration input refused by reason (floods, bad files, forged polls), for statistics. */
    public Map<String, Long> rejectedInput() {
        return collaboration.rejected();
    }

    public void addDataHandler(Consumer<ReceivedData> handler) {
        dataHandlers.add(handler);
    }

    public void addMediaSink(MediaSink sink) {
        mediaSinks.add(sink);
    }

    public boolean sendMedia(StreamKind stream, int sequence, byte[] payload) {
        return peer.sendMedia(stream, sequence, payload);
    }

    /** This meeting's media (sending, receiving, stats), once attached. */
    public Optional<SessionMedia> media() {
        return media;
    }

    // ---- ScreenSharing, VideoReceiveControl: media's ----

    @Override
    public List<ShareSource> shareSources() throws SessionException {
        if (media.isEmpty()) {
            throw new SessionException("This meeting has no media.");
        }
        return media.get().shareSources();
    }

    @Override
    public void startScreenShare(String sourceId) {
        remoteControlShareStarted(sourceId);
        media.ifPresent(m -> m.startScreenShare(sourceId));
        screenSharingChanged(media.isPresent());
    }

    @Override
    public void stopScreenShare() {
        remoteControlShareStopped();
        media.ifPresent(SessionMedia::stopScreenShare);
        screenSharingChanged(false);
    }

    @Override
    public void setVideoDemand(ParticipantId participant, VideoFrame.Source source, VideoDemand demand) {
        media.ifPresent(m -> m.setVideoDemand(participant, source, demand));
    }

    // ---- MeetingListener ----

    @Override
    public void hostVerified(org.sealroom.protocol.meeting.HostAnnouncement announcement) {
        setPhase(SessionPhase.WAITING_IN_LOBBY, "Waiting for the host to let you in.");
    }

    @Override
    public void lobbyChanged(List<LobbyRequest> lobby) {
        each(SessionListener::lobbyChanged);
    }

    @Override
    public void passwordRefused(String reason) {
        setPhase(SessionPhase.DENIED, reason);
    }

    @Override
    public void denied() {
        setPhase(SessionPhase.DENIED, "The host did not let you in.");
    }

    @Override
    public void epochInstalled(EpochView view) {
        epochChanges++;
        for (RosterMember m : view.roster().members()) {
            if (m.participantId() == view.ownId()) {
                continue;
            }
            if (contacts.classify(m.displayName(), m.identity()) == IdentityState.KEY_CHANGED) {
                warn(SecurityWarning.Kind.KEY_CHANGED, m.displayName() + " joined with a different identity key "
                        + "than before. Compare safety numbers before trusting them.");
            }
            contacts.remember(m.displayName(), m.identity());
        }
        setPhase(SessionPhase.IN_MEETING, "");
        collaboration.rosterChanged();
        remoteControlRosterChanged(view);
        each(l -> l.e2eeChanged(e2ee()));
        each(SessionListener::participantsChanged);
        announceMediaFlags();
    }

    @Override
    public void dataReceived(RosterMember from, ReceivedData data) {
        switch (data.type()) {
            case CHAT, PRIVATE_CHAT -> receiveChat(from, data);
            case MEDIA_CONTROL -> receiveMediaFlags(from, data.body());
            default -> {
                if (!collaboration.receive(data)) {
                    dataHandlers.forEach(h -> h.accept(data));
                }
            }
        }
    }

    @Override
    public void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload) {
        for (MediaSink sink : mediaSinks) {
            sink.mediaReceived(from, stream, sequence, payload);
        }
    }

    @Override
    public void warning(MeetingWarning warning) {
        SecurityWarning.Kind kind = switch (warning.kind()) {
            case HOST_MISMATCH -> SecurityWarning.Kind.HOST_MISMATCH;
            case FORGED_MESSAGE -> SecurityWarning.Kind.FORGED_MESSAGE;
            case DECRYPTION_FAILED -> SecurityWarning.Kind.DECRYPTION_FAILED;
            case REKEY_STALLED -> SecurityWarning.Kind.REKEY_STALLED;
            case HOST_GONE -> SecurityWarning.Kind.HOST_GONE;
            case PASSWORD_GUESS_FAILED, PASSWORD_JOIN_LOCKED -> SecurityWarning.Kind.PASSWORD_GUESS;
        };
        warn(kind, warning.message());
    }

    @Override
    public void becameHost() {
        each(SessionListener::participantsChanged);
    }

    @Override
    public void ended(String reason) {
        setPhase(SessionPhase.ENDED, reason);
    }

    // ---- remote control (issue #7): the logic lives in org.sealroom.client.remote ----

    private void bindRemoteControl(MeetingPeer meetingPeer) {
        LiveRemoteControl control = LiveRemoteControl.onThisMachine(meetingPeer, this::each,
                message -> warn(SecurityWarning.Kind.REMOTE_CONTROL_REFUSED, message), new MediaShareInfo(() -> media));
        remoteControl = control;
        addDataHandler(control::received);
    }

    @Override
    public Optional<RemoteControl> remoteControl() {
        return Optional.ofNullable(remoteControl);
    }

    /** What the sharer's side of remote control did, for --stats-json. */
    public Optional<RemoteControlCounters.Snapshot> remoteControlCounters() {
        return Optional.ofNullable(remoteControl).map(LiveRemoteControl::counters);
    }

    private void remoteControlShareStarted(String sourceId) {
        Optional.ofNullable(remoteControl).ifPresent(c -> c.shareStarted(sourceId));
    }

    private void remoteControlShareStopped() {
        Optional.ofNullable(remoteControl).ifPresent(LiveRemoteControl::shareStopped);
    }

    private void remoteControlRosterChanged(EpochView view) {
        Optional.ofNullable(remoteControl).ifPresent(c -> c.rosterChanged(view));
    }

    private void closeRemoteControl() {
        Optional.ofNullable(remoteControl).ifPresent(LiveRemoteControl::close);
    }

    // ---- helpers ----

    /** Collaboration events in the front ends' vocabulary. */
    private final class CollabToListeners implements CollabEvents {
        @Override
        public void reaction(int from, String fromName, Reaction reaction) {
            each(l -> l.reactionReceived(new ParticipantId(from), fromName, reaction));
        }

        @Override
        public void participantsChanged() {
            each(SessionListener::participantsChanged);
        }

        @Override
        public void pollsChanged() {
            each(SessionListener::pollsChanged);
        }

        @Override
        public void filesChanged() {
            each(SessionListener::fileTransfersChanged);
        }

        @Override
        public void rejected(String message) {
            warn(SecurityWarning.Kind.REJECTED_INPUT, message);
        }
    }

    private void receiveChat(RosterMember from, ReceivedData data) {
        if (!collaboration.admitChat(from.participantId())) {
            return;
        }
        try {
            ChatMessage message = chat.receive(from, data, peer.ownId());
            each(l -> l.chatReceived(message));
        } catch (IOException e) {
            LOG.info("dropped a malformed chat message from #{}: {}", from.participantId(), e.getMessage());
        }
    }

    private void recordOwnChat(String text, Optional<ParticipantId> to) {
        String name = peer.view().flatMap(v -> v.roster().member(peer.ownId())).map(RosterMember::displayName)
                .orElse("");
        ChatMessage own = new ChatMessage(new ParticipantId(peer.ownId()), name, text, Instant.now(), to);
        each(l -> l.chatReceived(own));
    }

    /** Others see the share (and the UI its tile and the Stop share button) from the sharing flag. */
    private void screenSharingChanged(boolean on) {
        mediaFlags.setScreen(on);
        announceMediaFlags();
        each(SessionListener::participantsChanged);
    }

    private void announceMediaFlags() {
        MeetingPeer p = peer;
        if (p != null) {
            p.sendData(DataType.MEDIA_CONTROL, mediaFlags.announcement());
        }
    }

    private void receiveMediaFlags(RosterMember from, byte[] body) {
        try {
            mediaFlags.receive(from.participantId(), body);
            each(SessionListener::participantsChanged);
        } catch (IOException e) {
            LOG.info("dropped a malformed media state from #{}: {}", from.participantId(), e.getMessage());
        }
    }

    private static Role role(RosterMember member) {
        return switch (member.role()) {
            case HOST -> Role.HOST;
            case COHOST -> Role.COHOST;
            case MEMBER -> Role.MEMBER;
        };
    }

    private void warn(SecurityWarning.Kind kind, String message) {
        SecurityWarning warning = new SecurityWarning(kind, message, Instant.now());
        warningLog.add(warning);
        each(l -> l.securityWarning(warning));
    }

    private void setPhase(SessionPhase next, String reason) {
        if (phase == next || phase == SessionPhase.ENDED) {
            return;
        }
        phase = next;
        each(l -> l.phaseChanged(next, reason));
    }

    private void each(Consumer<SessionListener> event) {
        for (SessionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("session listener failed: {}", e.toString());
            }
        }
    }
}
