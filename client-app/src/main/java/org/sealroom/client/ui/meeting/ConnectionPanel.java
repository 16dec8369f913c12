package org.sealroom.client.ui.meeting;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.sealroom.client.ui.Messages;

/** Connection details: state and quality, whether media goes over UDP or fell back to TCP, and the round trip. */
final class ConnectionPanel {

    private final VBox root;

    ConnectionPanel(ConnectionViewModel connection, String relayAddress, Messages messages, Runnable onClose) {
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(10);
        facts.getStyleClass().add("facts");
        row(facts, 0, messages.get("connection.state"), bound(connection.summaryProperty()));
        row(facts, 1, messages.get("connection.path"), bound(connection.mediaPathTextProperty()));
        row(facts, 2, messages.get("connection.latency"), bound(connection.roundTripTextProperty()));
        row(facts, 3, messages.get("connection.relay"), new Label(relayAddress));
        Label explain = PanelChrome.paragraph(messages.get("connection.explain"), "text-muted", "text-small");
        Label tcpNote = PanelChrome.paragraph(messages.get("connection.tcpNote"), "text-muted", "text-small");
        tcpNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> connection.statusProperty().get().mediaPath() == org.sealroom.client.session.ConnectionStatus.MediaPath.TCP,
                connection.statusProperty()));
        tcpNote.managedProperty().bind(tcpNote.visibleProperty());
        root = PanelChrome.panel(messages.get("connection.title"), messages, onClose, facts, tcpNote, explain);
    }

    private static Label bound(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }

    private static void row(GridPane grid, int row, String name, Label value) {
        Label key = new Label(name);
        key.getStyleClass().add("text-muted");
        GridPane.setValignment(key, javafx.geometry.VPos.TOP);
        value.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row, key, value);
    }

    VBox root() {
        return root;
    }
}
