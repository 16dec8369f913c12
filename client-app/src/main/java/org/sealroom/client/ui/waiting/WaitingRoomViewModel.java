package org.sealroom.client.ui.waiting;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.Navigation;
import org.sealroom.client.ui.UiExecutors;

/**
 * The joiner's waiting room: connecting, then waiting for the host to admit us; a clear message when the host denies
 * us, the meeting ends, or the host's identity does not match the link.
 */
public final class WaitingRoomViewModel implements AutoCloseable {

    public enum State {
        CONNECTING,
        WAITING,
        DENIED,
        ENDED,
        /** The host's identity does not match the join link: a hard error (protocol.md §3). */
        HOST_MISMATCH;

        public boolean finished() {
            return this == DENIED || this == ENDED || this == HOST_MISMATCH;
        }
    }

    private final MeetingSession session;
    private final UiExecutors executors;
    private final Navigation navigation;
    private final Messages messages;
    private final SessionListener listener = new Listener();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CONNECTING);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final BooleanBinding finished;
    private boolean leftScreen;

    public WaitingRoomViewModel(MeetingSession session, UiExecutors executors, Navigation navigation, Messages messages) {
        this.session = session;
        this.executors = executors;
        this.navigation = navigation;
        this.messages = messages;
        finished = Bindings.createBooleanBinding(() -> state.get().finished(), state);
        session.addListener(listener);
        onPhase(session.phase(), "");
    }

    public String meetingTitle() {
        return session.info().title();
    }

    /** Gives up waiting and goes back home. */
    public void cancel() {
        if (!state.get().finished()) {
            session.leave();
        }
        goHome();
    }

    /** After a denial or an ended meeting: back to the home screen. */
    public void backHome() {
        goHome();
    }

    private void goHome() {
        close();
        session.close();
        navigation.showHome();
    }

    private void onPhase(SessionPhase phase, String reason) {
        if (leftScreen || state.get() == State.HOST_MISMATCH) {
            return;
        }
        switch (phase) {
            case CONNECTING -> show(State.CONNECTING, "waiting.connecting", "waiting.connecting.detail", "");
            case WAITING_IN_LOBBY -> show(State.WAITING, "waiting.waiting", "waiting.waiting.detail", "");
            case DENIED -> show(State.DENIED, "waiting.denied", "waiting.denied.detail", reason);
            case ENDED -> show(State.ENDED, "waiting.ended", "waiting.ended.detail", reason);
            case IN_MEETING -> {
                close();
                navigation.showMeeting(session);
            }
        }
    }

    private void onWarning(SecurityWarning warning) {
        if (leftScreen) {
            return;
        }
        switch (warning.kind()) {
            case HOST_MISMATCH -> show(State.HOST_MISMATCH, "waiting.hostMismatch", "waiting.hostMismatch.detail",
                    warning.message());
            case HOST_GONE -> show(State.ENDED, "waiting.ended", "waiting.ended.detail", warning.message());
            default -> { /* Other warnings concern members; the meeting window shows them. */ }
        }
    }

    private void show(State newState, String headlineKey, String fallbackDetailKey, String reason) {
        state.set(newState);
        headline.set(messages.get(headlineKey));
        detail.set(reason == null || reason.isBlank() ? messages.get(fallbackDetailKey) : reason);
    }

    /** Stops listening; the session itself lives on (it may have moved to the meeting window). */
    @Override
    public void close() {
        leftScreen = true;
        session.removeListener(listener);
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }

    public BooleanBinding finishedProperty() { return finished; }

    private final class Listener implements SessionListener {
        @Override
        public void phaseChanged(SessionPhase phase, String reason) {
            executors.ui().execute(() -> onPhase(phase, reason));
        }

        @Override
        public void securityWarning(SecurityWarning warning) {
            executors.ui().execute(() -> onWarning(warning));
        }
    }
}
