package org.sealroom.client.ui.settings;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.meeting.video.FrameSlots;

/** The settings window's camera preview: frames go through {@link FrameSlots}, shown mirrored like a self view. */
final class CameraPreview extends StackPane {

    private final FrameSlots slots = new FrameSlots();
    private final ImageView view = new ImageView();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            WritableImage image = slots.pulse();
            if (image != null && view.getImage() != image) {
                view.setImage(image);
                placeholder.setVisible(false);
            }
        }
    };
    private final Label placeholder;

    CameraPreview(String placeholderText) {
        placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("preview-placeholder");
        view.setPreserveRatio(true);
        view.setScaleX(-1);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        getChildren().addAll(placeholder, view);
        Rectangle clip = new Rectangle();
        clip.setArcWidth(24);
        clip.setArcHeight(24);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** Any thread. */
    void offer(VideoFrame frame) {
        slots.offer(frame);
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }
}
