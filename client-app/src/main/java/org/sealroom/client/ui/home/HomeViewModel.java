package org.sealroom.client.ui.home;

import java.time.Clock;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.MeetingInfo;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.SessionService;
import org.sealroom.client.settings.RecentMeeting;
import org.sealroom.client.settings.RelayAddress;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.BackgroundTask;
import org.sealroom.client.ui.MeetingNumber;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.UserFacingErrors;

/** The home screen: start a meeting, join one by link or by meeting number and password, reopen a recent one. */
public final class HomeViewModel {

    public enum JoinMode { LINK, NUMBER }

    private final SessionService sessions;
    private final SettingsStore store;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Messages messages;
    private final Clock clock;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty meetingTitle = new SimpleStringProperty("");
    private final ObjectProperty<JoinMode> joinMode = new SimpleObjectProperty<>(JoinMode.LINK);
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty meetingNumber = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty relayAddress = new SimpleStringProperty("");
    private final BooleanProperty microphoneOn = new SimpleBooleanProperty(true);
    private final BooleanProperty cameraOn = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty joinAttempted = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<RecentMeeting> recentMeetings = FXCollections.observableArrayList();
    private final StringBinding joinProblem;
    private final StringBinding visibleJoinProblem;
    private final BooleanBinding canJoin;
    private final BooleanBinding canHost;
    private final String hostRelayDescription;

    public HomeViewModel(
            SessionService sessions,
            SettingsStore store,
            Settings settings,
            UiExecutors executors,
            Navigation navigation,
            Messages messages,
            Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.executors = executors;
        this.navigation = navigation;
        this.messages = messages;
        this.clock = clock;
        displayName.set(settings.displayName());
        microphoneOn.set(settings.joinWithMicrophone());
        cameraOn.set(settings.joinWithCamera());
        relayAddress.set(settings.preferredRelayAddress().orElse("localhost"));
        recentMeetings.setAll(settings.recentMeetings());
        hostRelayDescription = settings.preferredRelayAddress()
                .map(relay -> messages.get("home.new.relay.configured", relay))
                .orElse(messages.get("home.new.relay.embedded"));

        joinProblem = Bindings.createStringBinding(
                this::currentJoinProblem, joinMode, link, meetingNumber, password, relayAddress, displayName);
        visibleJoinProblem = Bindings.createStringBinding(
                () -> joinAttempted.get() || hasTypedJoinInput() ? joinProblem.get() : "",
                joinProblem, joinAttempted, joinMode, link, meetingNumber, password);
        canJoin = joinProblem.isEmpty().and(busy.not());
        canHost = Bindings.createBooleanBinding(() -> !displayName.get().isBlank(), displayName).and(busy.not());
    }

    /** Opens the app on a link from the command line: fills the form and joins at once. */
    public void joinNow(String pendingLink) {
        joinMode.set(JoinMode.LINK);
        link.set(pendingLink);
        join();
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    public void newMeeting() {
        if (!canHost.get()) {
            error.set(messages.get("home.error.nameMissing"));
            return;
        }
        String name = displayName.get().strip();
        String title = meetingTitle.get().isBlank() ? messages.get("home.new.defaultTitle", name) : meetingTitle.get().strip();
        HostOptions options = new HostOptions(
                name, title, store.load().preferredRelayAddress(), false, true, media());
        start(messages.get("home.busy.starting"), () -> sessions.host(options), true);
    }

    public void join() {
        joinAttempted.set(true);
        if (!canJoin.get()) {
            return;
        }
        JoinOptions options = joinMode.get() == JoinMode.LINK
                ? JoinOptions.byLink(displayName.get().strip(), link.get().strip(), media())
                : new JoinOptions(
                        displayName.get().strip(),
                        Optional.empty(),
                        Optional.of(RelayAddress.parse(relayAddress.get()).toString()),
                        MeetingNumber.normalize(meetingNumber.get()),
                        Optional.of(password.get().strip()),
                        media());
        start(messages.get("home.busy.joining"), () -> sessions.join(options), false);
    }

    /** Fills the meeting-number form from a recent meeting; the password is never stored, so the user types it. */
    public void useRecent(RecentMeeting meeting) {
        joinMode.set(JoinMode.NUMBER);
        meetingNumber.set(MeetingNumber.grouped(meeting.meetingNumber()));
        if (!meeting.relayAddress().isEmpty()) {
            relayAddress.set(meeting.relayAddress());
        }
        password.set("");
    }

    public void clearRecentMeetings() {
        recentMeetings.clear();
        executors.background().execute(() -> store.update(Settings::withoutRecentMeetings));
    }

    public void openSettings() {
        navigation.showSettings();
    }

    public void openAbout() {
        navigation.showAbout();
    }

    private void start(String what, BackgroundTask.Work<MeetingSession> work, boolean hosting) {
        error.set("");
        notice.set("");
        busy.set(true);
        busyText.set(what);
        rememberPreferences();
        BackgroundTask.run(executors, work, session -> {
            busy.set(false);
            remember(session.info(), hosting);
            if (session.phase() == SessionPhase.IN_MEETING) {
                navigation.showMeeting(session);
            } else {
                navigation.showWaitingRoom(session);
            }
        }, failure -> {
            busy.set(false);
            error.set(UserFacingErrors.describe(failure, messages));
        });
    }

    private void rememberPreferences() {
        String name = displayName.get().strip();
        boolean mic = microphoneOn.get();
        boolean camera = cameraOn.get();
        executors.background().execute(() -> store.update(s -> s.withDisplayName(name).withJoinMedia(mic, camera)));
    }

    private void remember(MeetingInfo info, boolean hosted) {
        RecentMeeting meeting =
                new RecentMeeting(info.title(), info.meetingNumber(), info.relayAddress(), clock.instant(), hosted);
        recentMeetings.removeIf(m -> m.sameMeetingAs(meeting));
        recentMeetings.addFirst(meeting);
        executors.background().execute(() -> store.update(s -> s.withRecentMeeting(meeting)));
    }

    private MediaOptions media() {
        return new MediaOptions(MediaOptions.Mode.DEVICES, microphoneOn.get(), cameraOn.get());
    }

    private boolean hasTypedJoinInput() {
        return joinMode.get() == JoinMode.LINK
                ? !link.get().isBlank()
                : !meetingNumber.get().isBlank() || !password.get().isBlank();
    }

    private String currentJoinProblem() {
        if (displayName.get().isBlank()) {
            return messages.get("home.error.nameMissing");
        }
        if (joinMode.get() == JoinMode.LINK) {
            return JoinLinkCheck.problem(link.get()).map(messages::get).orElse("");
        }
        if (MeetingNumber.normalize(meetingNumber.get()).isEmpty()) {
            return messages.get("home.join.error.numberInvalid");
        }
        if (password.get().isBlank()) {
            return messages.get("home.join.error.passwordMissing");
        }
        if (!RelayAddress.isValid(relayAddress.get())) {
            return messages.get("home.join.error.relayInvalid");
        }
        return "";
    }

    public StringProperty displayNameProperty() { return displayName; }

    public StringProperty meetingTitleProperty() { return meetingTitle; }

    public ObjectProperty<JoinMode> joinModeProperty() { return joinMode; }

    public StringProperty linkProperty() { return link; }

    public StringProperty meetingNumberProperty() { return meetingNumber; }

    public StringProperty passwordProperty() { return password; }

    public StringProperty relayAddressProperty() { return relayAddress; }

    public BooleanProperty microphoneOnProperty() { return microphoneOn; }

    public BooleanProperty cameraOnProperty() { return cameraOn; }

    public BooleanProperty busyProperty() { return busy; }

    public ReadOnlyStringProperty busyTextProperty() { return busyText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    /** What is wrong with the join form, shown once the user typed something or tried to join. */
    public StringBinding joinProblemProperty() { return visibleJoinProblem; }

    public BooleanBinding canJoinProperty() { return canJoin; }

    public BooleanBinding canHostProperty() { return canHost; }

    public ObservableList<RecentMeeting> recentMeetings() { return recentMeetings; }

    public String hostRelayDescription() { return hostRelayDescription; }
}
