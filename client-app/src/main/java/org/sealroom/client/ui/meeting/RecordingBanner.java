package org.sealroom.client.ui.meeting;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.client.ui.FxBind;

/** "This meeting is being recorded by Anna" over the top of the video stage, for everyone, for as long as anyone records. */
final class RecordingBanner {

    private final HBox root;
    private final Timeline ticker;

    RecordingBanner(RecordingViewModel recording) {
        FontIcon dot = new FontIcon("mdrmz-radio_button_checked");
        Label text = new Label();
        text.setId("recordingBanner");
        text.textProperty().bind(recording.bannerProperty());
        root = new HBox(8, dot, text);
        root.getStyleClass().add("recording-pill");
        root.setAlignment(Pos.CENTER);
        root.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        root.setMouseTransparent(true);
        root.accessibleTextProperty().bind(recording.bannerProperty());
        StackPane.setAlignment(root, Pos.TOP_LEFT);
        FxBind.showWhen(root, recording.bannerProperty().isNotEmpty());
        // The elapsed time moves on by itself; session events cover everything else.
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            if (recording.stateProperty().get() != RecordingStatus.State.IDLE) {
                recording.refresh();
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    void dispose() {
        ticker.stop();
    }

    HBox root() {
        return root;
    }
}
