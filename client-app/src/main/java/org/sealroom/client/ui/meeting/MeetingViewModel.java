package org.sealroom.client.ui.meeting;

import java.time.Clock;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.session.E2eeStatus;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Reaction;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.ScreenSharing;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.session.VideoReceiveControl;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.meeting.remote.RemoteControlViewModel;
import org.sealroom.client.ui.meeting.video.StageLayout;
import org.sealroom.client.ui.meeting.video.VideoFrameRouter;

/**
 * The meeting window. It listens to the session once and hands each event to the part that shows it (roster, chat,
 * lobby, security, connection) on the UI thread; video frames skip the UI thread and go straight to their tiles.
 */
public final class MeetingViewModel implements AutoCloseable {

    private final MeetingSession session;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Messages messages;
    private final ParticipantsViewModel participants;
    private final ChatViewModel chat;
    private final LobbyViewModel lobby;
    private final SecurityViewModel security;
    private final ConnectionViewModel connection;
    private final VideoFrameRouter video;
    private final ReactionsViewModel reactions;
    private final PollsViewModel polls;
    private final FilesViewModel files;
    private final RecordingViewModel recording;
    private final RemoteControlViewModel remoteControl;
    private final SessionListener listener = new Listener();

    private final ObjectProperty<StageLayout> layout = new SimpleObjectProperty<>(StageLayout.GRID);
    private final ReadOnlyObjectWrapper<MeetingPanel> panel = new ReadOnlyObjectWrapper<>(MeetingPanel.NONE);
    private final BooleanBinding microphoneOn;
    private final BooleanBinding cameraOn;
    private final BooleanBinding sharingScreen;
    private final BooleanBinding handRaised;
    private boolean closed;

    public MeetingViewModel(MeetingSession session, UiExecutors executors, Navigation navigation, Messages messages,
            Clock clock) {
        this.session = session;
        this.executors = executors;
        this.navigation = navigation;
        this.messages = messages;
        participants = new ParticipantsViewModel(session);
        chat = new ChatViewModel(session, messages, clock);
        lobby = new LobbyViewModel(session);
        security = new SecurityViewModel(session, messages);
        connection = new ConnectionViewModel(messages);
        video = new VideoFrameRouter(session instanceof VideoReceiveControl control ? Optional.of(control) : Optional.empty());
        recording = new RecordingViewModel(session.localRecording(), messages, participants.recording());
        microphoneOn = meFlag(ParticipantInfo::microphoneOn);
        cameraOn = meFlag(ParticipantInfo::cameraOn);
        sharingScreen = meFlag(ParticipantInfo::sharingScreen);
        handRaised = meFlag(ParticipantInfo::handRaised);
        reactions = new ReactionsViewModel(session);
        polls = new PollsViewModel(session, meFlag(p -> p.role() != Role.MEMBER));
        files = new FilesViewModel(session, chat.recipients());
        panel.addListener((o, was, now) -> chat.setOpen(now == MeetingPanel.CHAT));
        remoteControl = new RemoteControlViewModel(session, executors, messages, Bindings.createObjectBinding(
                () -> participants.meProperty().get() == null
                        || participants.meProperty().get().id().equals(participants.screenSharerProperty().get())
                        ? null : participants.screenSharerProperty().get(),
                participants.meProperty(), participants.screenSharerProperty()));

        session.addListener(listener);
        refreshRoster();
        lobby.refresh(session.lobby());
        security.update(session.e2ee());
        connection.update(session.connection());
    }

    private BooleanBinding meFlag(java.util.function.Predicate<ParticipantInfo> flag) {
        return Bindings.createBooleanBinding(
                () -> participants.meProperty().get() != null && flag.test(participants.meProperty().get()),
                participants.meProperty());
    }

    private void refreshRoster() {
        var roster = session.participants();
        participants.refresh(roster);
        chat.rosterChanged(roster);
    }

    public MeetingInfo info() {
        return session.info();
    }

    public void toggleMicrophone() {
        session.setMicrophoneEnabled(!microphoneOn.get());
    }

    public void toggleCamera() {
        session.setCameraEnabled(!cameraOn.get());
    }

    /** Opens {@code which}, or closes it when it is already open. */
    public void togglePanel(MeetingPanel which) {
        panel.set(panel.get() == which ? MeetingPanel.NONE : which);
    }

    public void openPanel(MeetingPanel which) {
        panel.set(which);
    }

    public void closePanel() {
        panel.set(MeetingPanel.NONE);
    }

    /** Screen sharing, when the session layer offers it. */
    public Optional<ScreenSharing> screenSharing() {
        return session instanceof ScreenSharing sharing ? Optional.of(sharing) : Optional.empty();
    }

    /** Stops our share, or says what to do next: the picker (true) or the preview panel when sharing is missing. */
    public boolean toggleScreenShare() {
        Optional<ScreenSharing> sharing = screenSharing();
        if (sharing.isEmpty()) {
            togglePanel(MeetingPanel.SHARE_PREVIEW);
            return false;
        }
        if (sharingScreen.get()) {
            sharing.get().stopScreenShare();
            return false;
        }
        return true;
    }

    public void leave() {
        session.leave();
        finish(Optional.empty());
    }

    public void endForAll() {
        session.endForAll();
        finish(Optional.empty());
    }

    private void onPhase(SessionPhase phase, String reason) {
        if (phase == SessionPhase.ENDED || phase == SessionPhase.DENIED) {
            String notice = reason == null || reason.isBlank() ? messages.get("meeting.ended") : reason;
            finish(Optional.of(notice));
        }
    }

    private void finish(Optional<String> notice) {
        if (closed) {
            return;
        }
        close();
        session.close();
        navigation.showHome(Optional.empty(), notice);
    }

    @Override
    public void close() {
        closed = true;
        session.removeListener(listener);
        remoteControl.close();
    }

    public ParticipantsViewModel participants() { return participants; }

    public ChatViewModel chat() { return chat; }

    public LobbyViewModel lobby() { return lobby; }

    public SecurityViewModel security() { return security; }

    public ConnectionViewModel connection() { return connection; }

    public VideoFrameRouter video() { return video; }

    public RecordingViewModel recording() { return recording; }
    public RemoteControlViewModel remoteControl() { return remoteControl; }

    public ObjectProperty<StageLayout> layoutProperty() { return layout; }

    public ReadOnlyObjectProperty<MeetingPanel> panelProperty() { return panel.getReadOnlyProperty(); }

    public BooleanBinding microphoneOnProperty() { return microphoneOn; }

    public BooleanBinding cameraOnProperty() { return cameraOn; }

    public BooleanBinding sharingScreenProperty() { return sharingScreen; }

    public BooleanBinding hostProperty() { return participants.hostProperty(); }

    public BooleanBinding handRaisedProperty() { return handRaised; }

    public ReactionsViewModel reactions() { return reactions; }

    public PollsViewModel polls() { return polls; }

    public FilesViewModel files() { return files; }

    /** Session events, moved to the UI thread; frames excepted. */
    private final class Listener implements SessionListener {
        @Override
        public void phaseChanged(SessionPhase phase, String reason) {
            executors.ui().execute(() -> onPhase(phase, reason));
        }

        @Override
        public void participantsChanged() {
            executors.ui().execute(() -> {
                if (!closed) refreshRoster();
            });
        }

        @Override
        public void lobbyChanged() {
            executors.ui().execute(() -> {
                if (!closed) lobby.refresh(session.lobby());
            });
        }

        @Override
        public void e2eeChanged(E2eeStatus status) {
            executors.ui().execute(() -> security.update(status));
        }

        @Override
        public void connectionChanged(ConnectionStatus status) {
            executors.ui().execute(() -> connection.update(status));
        }

        @Override
        public void chatReceived(ChatMessage message) {
            executors.ui().execute(() -> chat.received(message, Optional.ofNullable(participants.meProperty().get())));
        }

        @Override
        public void securityWarning(SecurityWarning warning) {
            executors.ui().execute(() -> security.warn(warning));
        }

        @Override
        public void reactionReceived(ParticipantId from, String fromName, Reaction reaction) {
            executors.ui().execute(() -> reactions.received(from, fromName, reaction));
        }

        @Override
        public void pollsChanged() {
            executors.ui().execute(() -> {
                if (!closed) polls.refresh();
            });
        }

        @Override
        public void fileTransfersChanged() {
            executors.ui().execute(() -> {
                if (!closed) files.refresh();
            });
        }

        @Override
        public void recordingChanged() {
            executors.ui().execute(() -> {
                if (!closed) recording.refresh();
            });
        }

        @Override
        public void videoFrame(ParticipantId from, VideoFrame frame) {
            video.deliver(from, frame);
        }
    }
}
