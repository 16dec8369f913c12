package org.sealroom.client.ui.meeting;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sealroom.client.session.ConnectionStatus;
import org.sealroom.client.ui.Messages;

/** The link to the relay: a quality indicator, "reconnecting…", and the details (UDP or TCP fallback, round trip). */
public final class ConnectionViewModel {

    private final ReadOnlyObjectWrapper<ConnectionStatus> status = new ReadOnlyObjectWrapper<>(ConnectionStatus.CONNECTING);
    private final StringBinding summary;
    private final StringBinding mediaPathText;
    private final StringBinding roundTripText;
    private final BooleanBinding reconnecting;

    ConnectionViewModel(Messages messages) {
        summary = Bindings.createStringBinding(() -> summaryOf(status.get(), messages), status);
        mediaPathText = Bindings.createStringBinding(() -> switch (status.get().mediaPath()) {
            case UDP -> messages.get("connection.path.udp");
            case TCP -> messages.get("connection.path.tcp");
            case NONE -> messages.get("connection.path.none");
        }, status);
        roundTripText = Bindings.createStringBinding(() -> status.get().state() == ConnectionStatus.State.CONNECTED
                ? messages.get("connection.roundTrip", status.get().roundTrip().toMillis())
                : messages.get("connection.roundTrip.unknown"), status);
        reconnecting = Bindings.createBooleanBinding(
                () -> status.get().state() == ConnectionStatus.State.RECONNECTING, status);
    }

    void update(ConnectionStatus newStatus) {
        status.set(newStatus);
    }

    private static String summaryOf(ConnectionStatus status, Messages messages) {
        return switch (status.state()) {
            case CONNECTING -> messages.get("connection.connecting");
            case RECONNECTING -> messages.get("connection.reconnecting");
            case CLOSED -> messages.get("connection.closed");
            case CONNECTED -> switch (status.quality()) {
                case GOOD -> messages.get("connection.quality.good");
                case FAIR -> messages.get("connection.quality.fair");
                case POOR -> messages.get("connection.quality.poor");
            };
        };
    }

    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public StringBinding summaryProperty() { return summary; }

    public StringBinding mediaPathTextProperty() { return mediaPathText; }

    public StringBinding roundTripTextProperty() { return roundTripText; }

    public BooleanBinding reconnectingProperty() { return reconnecting; }
}
