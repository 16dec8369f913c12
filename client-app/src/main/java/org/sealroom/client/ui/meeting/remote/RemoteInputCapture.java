package org.sealroom.client.ui.meeting.remote;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sealroom.client.remote.KeyVocabulary;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.client.ui.meeting.video.VideoKey;
import org.sealroom.client.ui.meeting.video.VideoStage;
import org.sealroom.client.ui.meeting.video.VideoTile;

/**
 * While this viewer controls a screen, turns mouse and key events on that screen's tile into {@link RemoteInput}:
 * positions as fractions of the picture (outside it nothing is sent), keys by JavaFX name if the vocabulary has them.
 * Escape is never sent: it releases control. Events it sends are consumed, so meeting shortcuts do not fire.
 */
public final class RemoteInputCapture {

    private final RemoteControlViewModel viewModel;
    private final VideoStage stage;
    private final EventHandler<InputEvent> handler = this::handle;

    public RemoteInputCapture(RemoteControlViewModel viewModel, VideoStage stage) {
        this.viewModel = viewModel;
        this.stage = stage;
        stage.addEventFilter(InputEvent.ANY, handler);
        viewModel.controllingProperty().addListener((o, was, controlling) -> {
            stage.setFocusTraversable(controlling);
            if (controlling) {
                stage.requestFocus();
            }
        });
    }

    private void handle(InputEvent event) {
        if (viewModel.controlledSharer().isEmpty()) {
            return;
        }
        switch (event) {
            case KeyEvent key when key.getEventType() != KeyEvent.KEY_TYPED -> key(key);
            case MouseEvent mouse -> mouse(mouse);
            case ScrollEvent scroll -> scroll(scroll);
            default -> { }
        }
    }

    private void key(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            if (event.getEventType() == KeyEvent.KEY_PRESSED) {
                viewModel.stop();
            }
            event.consume();
            return;
        }
        String name = event.getCode().name();
        if (KeyVocabulary.contains(name)) {
            viewModel.send(new RemoteInput.Key(name, event.getEventType() == KeyEvent.KEY_PRESSED));
            event.consume();
        }
    }

    private void mouse(MouseEvent event) {
        Optional<Point2D> at = fraction(event.getSceneX(), event.getSceneY());
        if (at.isEmpty()) {
            return;
        }
        double x = at.get().getX();
        double y = at.get().getY();
        if (event.getEventType() == MouseEvent.MOUSE_MOVED || event.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            viewModel.send(new RemoteInput.PointerMove(x, y));
        } else if (event.getEventType() == MouseEvent.MOUSE_PRESSED
                || event.getEventType() == MouseEvent.MOUSE_RELEASED) {
            button(event.getButton()).ifPresent(b -> viewModel.send(new RemoteInput.PointerButton(b,
                    event.getEventType() == MouseEvent.MOUSE_PRESSED, x, y)));
            stage.requestFocus();
        } else {
            return;
        }
        event.consume();
    }

    private void scroll(ScrollEvent event) {
        if (fraction(event.getSceneX(), event.getSceneY()).isEmpty() || event.getDeltaY() == 0) {
            return;
        }
        int notches = (int) Math.round(-event.getDeltaY() / Math.max(1, Math.abs(event.getMultiplierY())));
        int clicks = Math.max(-RemoteInput.Wheel.MAX_CLICKS, Math.min(RemoteInput.Wheel.MAX_CLICKS,
                notches == 0 ? (event.getDeltaY() > 0 ? -1 : 1) : notches));
        viewModel.send(new RemoteInput.Wheel(clicks));
        event.consume();
    }

    private static Optional<Integer> button(MouseButton button) {
        return switch (button) {
            case PRIMARY -> Optional.of(1);
            case MIDDLE -> Optional.of(2);
            case SECONDARY -> Optional.of(3);
            default -> Optional.empty();
        };
    }

    /** Where a scene point lies on the controlled screen's picture, as fractions; empty outside it. */
    Optional<Point2D> fraction(double sceneX, double sceneY) {
        Optional<VideoTile> tile = viewModel.controlledSharer().map(id -> stage.tile(VideoKey.screen(id)));
        if (tile.isEmpty()) {
            return Optional.empty();
        }
        Optional<Bounds> picture = tile.get().pictureBounds();
        Point2D local = tile.get().sceneToLocal(sceneX, sceneY);
        if (picture.isEmpty() || local == null || !picture.get().contains(local)) {
            return Optional.empty();
        }
        Bounds b = picture.get();
        return Optional.of(new Point2D(clamp((local.getX() - b.getMinX()) / b.getWidth()),
                clamp((local.getY() - b.getMinY()) / b.getHeight())));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
