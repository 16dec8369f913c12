package org.sealroom.client.ui.meeting.remote;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.RemoteControlRequest;
import org.sealroom.client.session.RemoteControlStatus;
import org.sealroom.client.session.RemoteControlStatus.Mode;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.ui.Messages;
import org.sealroom.client.ui.UiExecutors;

/**
 * Remote control in the meeting window: the request waiting for this sharer's answer (never answered by default),
 * who controls whom, and the texts of the banner and the strip. Session events arrive on the UI thread.
 */
public final class RemoteControlViewModel implements AutoCloseable {

    private final Optional<RemoteControl> control;
    private final MeetingSession session;
    private final ObservableValue<ParticipantId> remoteSharer;
    private final ReadOnlyObjectWrapper<RemoteControlStatus> status =
            new ReadOnlyObjectWrapper<>(RemoteControlStatus.IDLE);
    private final ReadOnlyObjectWrapper<RemoteControlRequest> request = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding controlled;
    private final BooleanBinding controlling;
    private final BooleanBinding requesting;
    private final BooleanBinding canRequest;
    private final StringBinding bannerText;
    private final StringBinding stripText;
    private final StringBinding requestText;
    private final SessionListener listener;

    /** @param remoteSharer who shares a screen this participant sees, or null (never this participant itself) */
    public RemoteControlViewModel(MeetingSession session, UiExecutors executors, Messages messages,
                                  ObservableValue<ParticipantId> remoteSharer) {
        this.session = session;
        this.control = session.remoteControl();
        this.remoteSharer = remoteSharer;
        controlled = mode(Mode.CONTROLLED);
        controlling = mode(Mode.CONTROLLING);
        requesting = mode(Mode.REQUESTING);
        canRequest = Bindings.createBooleanBinding(() -> control.isPresent() && remoteSharer.getValue() != null
                && status.get().mode() == Mode.IDLE, status, remoteSharer);
        bannerText = Bindings.createStringBinding(
                () -> messages.get("remote.banner", status.get().peerName()), status);
        stripText = Bindings.createStringBinding(() -> switch (status.get().mode()) {
            case CONTROLLING -> messages.get("remote.strip.controlling", status.get().peerName());
            case REQUESTING -> messages.get("remote.strip.requesting", status.get().peerName());
            case IDLE, CONTROLLED -> status.get().reason().isEmpty() ? ""
                    : messages.get("remote.strip.ended", status.get().reason());
        }, status);
        requestText = Bindings.createStringBinding(() -> request.get() == null ? ""
                : messages.get("remote.request.text", request.get().displayName()), request);
        listener = new SessionListener() {
            @Override
            public void remoteControlRequested(RemoteControlRequest asked) {
                executors.ui().execute(() -> showNextRequest());
            }

            @Override
            public void remoteControlChanged(RemoteControlStatus now) {
                executors.ui().execute(() -> {
                    status.set(now);
                    showNextRequest();
                });
            }
        };
        session.addListener(listener);
        control.ifPresent(c -> status.set(c.status()));
        showNextRequest();
    }

    private BooleanBinding mode(Mode mode) {
        return Bindings.createBooleanBinding(() -> status.get().mode() == mode, status);
    }

    /** The oldest open request, or none: an answered or expired request leaves the screen. */
    private void showNextRequest() {
        List<RemoteControlRequest> open = control.map(RemoteControl::pendingRequests).orElse(List.of());
        if (request.get() == null || !open.contains(request.get())) {
            request.set(open.isEmpty() ? null : open.getFirst());
        }
    }

    public void requestControl() {
        ParticipantId sharer = remoteSharer.getValue();
        if (sharer != null) {
            control.ifPresent(c -> c.requestControl(sharer));
        }
    }

    public void approve() {
        answer(true);
    }

    public void deny() {
        answer(false);
    }

    private void answer(boolean allow) {
        RemoteControlRequest asked = request.get();
        if (asked == null || control.isEmpty()) {
            return;
        }
        if (allow) {
            control.get().approve(asked);
        } else {
            control.get().deny(asked);
        }
        request.set(null);
        showNextRequest();
    }

    /** Ends control either way at once: the banner's Stop, the strip's Release, their keys. */
    public void stop() {
        control.ifPresent(RemoteControl::stopControl);
    }

    /** Sends one event while controlling; dropped otherwise. */
    public void send(RemoteInput input) {
        if (controlling.get()) {
            control.ifPresent(c -> c.sendInput(input));
        }
    }

    /** The participant whose screen this one controls, when it does. */
    public Optional<ParticipantId> controlledSharer() {
        return controlling.get() ? status.get().peer() : Optional.empty();
    }

    public ReadOnlyObjectProperty<RemoteControlStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<RemoteControlRequest> requestProperty() { return request.getReadOnlyProperty(); }

    public BooleanBinding controlledProperty() { return controlled; }

    public BooleanBinding controllingProperty() { return controlling; }

    public BooleanBinding requestingProperty() { return requesting; }

    public BooleanBinding canRequestProperty() { return canRequest; }

    public StringBinding bannerTextProperty() { return bannerText; }

    public StringBinding stripTextProperty() { return stripText; }

    public StringBinding requestTextProperty() { return requestText; }

    @Override
    public void close() {
        session.removeListener(listener);
    }
}
