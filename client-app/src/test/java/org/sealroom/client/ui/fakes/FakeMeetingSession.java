package org.sealroom.client.ui.fakes;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.sealroom.client.session.FileTransferId;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransfers;
import org.sealroom.client.session.PollDraft;
import org.sealroom.client.session.PollId;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.Polls;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.Reactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.IdentityState;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.session.VideoReceiveControl;

/**
 * An in-test stand-in for the session facade: it records every action the UI takes and lets the test play the other
 * side (people arriving, speaking, chatting, warnings). Events reach listeners on the calling thread, as a session
 * thread would call them.
 */
public final class FakeMeetingSession implements MeetingSession, VideoReceiveControl {

    public record Action(String name, Object argument) {}

    private final MeetingInfo info;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Action> actions = new CopyOnWriteArrayList<>();
    private volatile SessionPhase phase;
    private volatile List<ParticipantInfo> participants = List.of();
    private volatile List<LobbyEntry> lobby = List.of();
    private volatile E2eeStatus e2ee = E2eeStatus.NONE;
    private volatile ConnectionStatus connection = ConnectionStatus.CONNECTING;
    private volatile List<PollView> polls = List.of();
    private volatile List<FileTransferView> files = List.of();
    private volatile Path downloadDirectory = Path.of("/home/anna/Downloads");
    private final FakeLocalRecording recording =
            new FakeLocalRecording(() -> listeners.forEach(SessionListener::recordingChanged));

    public FakeMeetingSession(MeetingInfo info, SessionPhase phase) {
        this.info = info;
        this.phase = phase;
    }

    public static MeetingInfo info(String title, boolean hostedByMe) {
        return new MeetingInfo(title, "sealroom://relay.example.org/482193057#v1.fp.secret", "482193057",
                Optional.of("K7P-29Q"), "relay.example.org:7443", hostedByMe);
    }

    public static ParticipantInfo person(long id, String name, Role role, boolean me) {
        return new ParticipantInfo(new ParticipantId(id), name, role, IdentityState.NEW,
                "12345 67890 13579 24680 11223 34455", me, true, true, false, false, false);
    }

    // ---- the other side ----

    public void setParticipants(List<ParticipantInfo> roster) {
        participants = List.copyOf(roster);
        listeners.forEach(SessionListener::participantsChanged);
    }

    public void setLobby(List<LobbyEntry> entries) {
        lobby = List.copyOf(entries);
        listeners.forEach(SessionListener::lobbyChanged);
    }

    public void setPhase(SessionPhase newPhase, String reason) {
        phase = newPhase;
        listeners.forEach(l -> l.phaseChanged(newPhase, reason));
    }

    public void setE2ee(E2eeStatus status) {
        e2ee = status;
        listeners.forEach(l -> l.e2eeChanged(status));
    }

    public void setConnection(ConnectionStatus status) {
        connection = status;
        listeners.forEach(l -> l.connectionChanged(status));
    }

    public void receiveChat(ParticipantId from, String fromName, String text) {
        ChatMessage message = new ChatMessage(from, fromName, text, Instant.parse("2025-03-01T10:15:00Z"), Optional.empty());
        listeners.forEach(l -> l.chatReceived(message));
    }

    public void receiveChat(ChatMessage message) {
        listeners.forEach(l -> l.chatReceived(message));
    }

    public void warn(SecurityWarning.Kind kind, String message) {
        SecurityWarning warning = new SecurityWarning(kind, message, Instant.parse("2025-03-01T10:16:00Z"));
        listeners.forEach(l -> l.securityWarning(warning));
    }

    public void setPolls(List<PollView> next) {
        polls = List.copyOf(next);
        listeners.forEach(SessionListener::pollsChanged);
    }

    public void setFiles(List<FileTransferView> next) {
        files = List.copyOf(next);
        listeners.forEach(SessionListener::fileTransfersChanged);
    }

    public void receiveReaction(ParticipantId from, String fromName, Reaction reaction) {
        listeners.forEach(l -> l.reactionReceived(from, fromName, reaction));
    }

    public void deliverFrame(ParticipantId from, VideoFrame frame) {
        listeners.forEach(l -> l.videoFrame(from, frame));
    }

    // ---- remote control (issue #7) ----

    private volatile Optional<org.sealroom.client.session.RemoteControl> remoteControl = Optional.empty();

    public void setRemoteControl(org.sealroom.client.session.RemoteControl control) {
        remoteControl = Optional.of(control);
    }

    @Override
    public Optional<org.sealroom.client.session.RemoteControl> remoteControl() {
        return remoteControl;
    }

    /** Tells the listeners, as the session would, about a request or a change of remote control. */
    public void remoteControlEvent(java.util.function.Consumer<SessionListener> event) {
        listeners.forEach(event);
    }

    public static ConnectionStatus connected(ConnectionStatus.MediaPath path, int roundTripMillis, ConnectionStatus.Quality quality) {
        return new ConnectionStatus(ConnectionStatus.State.CONNECTED, path, Duration.ofMillis(roundTripMillis), quality);
    }

    // ---- what the UI did ----

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public List<Object> arguments(String action) {
        List<Object> found = new ArrayList<>();
        actions.stream().filter(a -> a.name().equals(action)).forEach(a -> found.add(a.argument()));
        return found;
    }

    public int listenerCount() {
        return listeners.size();
    }

    private void record(String name, Object argument) {
        actions.add(new Action(name, argument));
    }

    // ---- MeetingSession ----

    @Override public MeetingInfo info() { return info; }

    @Override public Optional<LocalRecording> localRecording() { return Optional.of(recording); }

    /** The recording the UI drives, and where the test plays others recording. */
    public FakeLocalRecording recording() { return recording; }

    @Override public SessionPhase phase() { return phase; }

    @Override public List<ParticipantInfo> participants() { return participants; }

    @Override public List<LobbyEntry> lobby() { return lobby; }

    @Override public E2eeStatus e2ee() { return e2ee; }

    @Override public ConnectionStatus connection() { return connection; }

    @Override public void addListener(SessionListener listener) { listeners.add(listener); }

    @Override public void removeListener(SessionListener listener) { listeners.remove(listener); }

    @Override public void admit(LobbyEntryId entry) { record("admit", entry); }

    @Override public void deny(LobbyEntryId entry) { record("deny", entry); }

    @Override public void remove(ParticipantId participant) { record("remove", participant); }

    @Override public void handOverHost(ParticipantId participant) { record("handOverHost", participant); }

    @Override public void setCoHost(ParticipantId participant) { record("setCoHost", participant); }

    @Override public void sendChat(String text) { record("sendChat", text); }

    @Override public void sendPrivateChat(ParticipantId to, String text) { record("sendPrivateChat", to + ":" + text); }

    @Override public void setMicrophoneEnabled(boolean enabled) { record("microphone", enabled); }

    @Override public void setCameraEnabled(boolean enabled) { record("camera", enabled); }

    @Override public void markVerified(ParticipantId participant) { record("markVerified", participant); }

    @Override
    public Reactions reactions() {
        return new Reactions() {
            @Override public void sendReaction(Reaction reaction) { record("reaction", reaction); }

            @Override public void setHandRaised(boolean raised) { record("hand", raised); }

            @Override public void lowerHand(ParticipantId participant) { record("lowerHand", participant); }
        };
    }

    @Override
    public Polls polls() {
        return new Polls() {
            @Override
            public PollId create(PollDraft draft) {
                record("createPoll", draft);
                return new PollId("poll-" + arguments("createPoll").size());
            }

            @Override public void vote(PollId poll, Set<Integer> choices) { record("vote", poll.value() + "=" + new TreeSet<>(choices)); }

            @Override public void close(PollId poll) { record("closePoll", poll.value()); }

            @Override public List<PollView> all() { return polls; }
        };
    }

    @Override
    public FileTransfers files() {
        return new FileTransfers() {
            @Override public void send(Path file, Optional<ParticipantId> to) { record("sendFile", file + "->" + to.map(String::valueOf).orElse("all")); }

            @Override public void accept(FileTransferId transfer) { record("acceptFile", transfer.value()); }

            @Override public void decline(FileTransferId transfer) { record("declineFile", transfer.value()); }

            @Override public void cancel(FileTransferId transfer) { record("cancelFile", transfer.value()); }

            @Override public void setDownloadDirectory(Path directory) { downloadDirectory = directory; record("downloadDirectory", directory); }

            @Override public Path downloadDirectory() { return downloadDirectory; }

            @Override public long maxFileBytes() { return 2L * 1024 * 1024 * 1024; }

            @Override public List<FileTransferView> all() { return files; }
        };
    }

    @Override public void leave() { record("leave", null); }

    @Override public void endForAll() { record("endForAll", null); }

    @Override public void close() { record("close", null); }

    @Override
    public void setVideoDemand(ParticipantId participant, VideoFrame.Source source, VideoDemand demand) {
        record("videoDemand", participant + "/" + source + "=" + demand);
    }
}
