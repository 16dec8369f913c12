package org.sealroom.client.ui.meeting.video;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Shows new frames once per pulse for all tiles of a window. It runs only while frames flow: the first frame after a
 * quiet spell wakes it, and it stops itself when no tile has had anything to do for a few pulses.
 */
public final class FramePump {

    private static final int IDLE_PULSES_BEFORE_STOP = 3;

    private final List<VideoTile> tiles = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private int idlePulses;
    private volatile boolean disposed;

    void add(VideoTile tile) {
        tiles.add(tile);
    }

    void remove(VideoTile tile) {
        tiles.remove(tile);
    }

    /** Any thread: a frame is waiting. */
    void wake() {
        if (!disposed && running.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                idlePulses = 0;
                timer.start();
            });
        }
    }

    private void pulse() {
        boolean worked = false;
        for (VideoTile tile : tiles) {
            worked |= tile.pulse();
        }
        idlePulses = worked ? 0 : idlePulses + 1;
        if (idlePulses >= IDLE_PULSES_BEFORE_STOP || disposed) {
            timer.stop();
            running.set(false);
            // A frame may have arrived between the last pulse and the flag reset: do not leave it waiting.
            if (!disposed && tiles.stream().anyMatch(VideoTile::hasPendingWork)) {
                wake();
            }
        }
    }

    public void dispose() {
        disposed = true;
        Platform.runLater(timer::stop);
    }
}
