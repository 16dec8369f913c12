package org.sealroom.client.ui.meeting;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.client.ui.FxBind;
import org.sealroom.client.ui.Messages;

/** The recording side panel: file, start, pause/resume, stop, elapsed time, disk-space problems, who is told. */
final class RecordingPanel {

    private final VBox root;

    RecordingPanel(RecordingViewModel recording, Messages messages, Runnable onClose) {
        BooleanBinding idle = recording.stateProperty().isEqualTo(RecordingStatus.State.IDLE);
        BooleanBinding paused = recording.stateProperty().isEqualTo(RecordingStatus.State.PAUSED);

        Label status = new Label();
        status.setId("recordingStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> messages.get(switch (recording.stateProperty()
                .get()) {
            case IDLE -> "recording.state.idle";
            case RECORDING -> "recording.state.recording";
            case PAUSED -> "recording.state.paused";
        }), recording.stateProperty()));
        status.getStyleClass().addAll("chip", "chip-neutral");
        Label elapsed = new Label();
        elapsed.setId("recordingElapsed");
        elapsed.textProperty().bind(recording.elapsedProperty());
        elapsed.getStyleClass().add("recording-elapsed");
        HBox state = new HBox(10, status, elapsed);
        state.setAlignment(Pos.CENTER_LEFT);

        TextField file = new TextField();
        file.setId("recordingFile");
        file.textProperty().bindBidirectional(recording.fileProperty());
        file.disableProperty().bind(idle.not());
        file.setAccessibleText(messages.get("recording.file"));

        Button start = PanelChrome.button(messages.get("recording.start"), "danger");
        start.setId("recordingStart");
        start.setOnAction(event -> recording.start());
        Button pause = PanelChrome.button("", "flat");
        pause.setId("recordingPause");
        pause.textProperty().bind(Bindings.when(paused).then(messages.get("recording.resume"))
                .otherwise(messages.get("recording.pause")));
        pause.setOnAction(event -> {
            if (paused.get()) {
                recording.resume();
            } else {
                recording.pause();
            }
        });
        Button stop = PanelChrome.button(messages.get("recording.stop"));
        stop.setId("recordingStop");
        stop.setOnAction(event -> recording.stop());
        FxBind.showWhen(start, idle);
        FxBind.showWhen(pause, idle.not());
        FxBind.showWhen(stop, idle.not());
        start.disableProperty().bind(recording.availableProperty().not());
        HBox buttons = new HBox(8, start, pause, stop);

        Label problem = PanelChrome.paragraph("", "danger-text");
        problem.setId("recordingProblem");
        FxBind.showText(problem, problem, recording.problemProperty());

        root = PanelChrome.panel(messages.get("recording.title"), messages, onClose, state,
                PanelChrome.section(messages.get("recording.file")), file, buttons, problem,
                PanelChrome.paragraph(messages.get(recording.availableProperty().get() ? "recording.explain"
                        : "recording.unavailable"), "text-muted", "text-small"));
    }

    VBox root() {
        return root;
    }
}
