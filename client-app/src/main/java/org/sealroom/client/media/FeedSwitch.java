package org.sealroom.client.media;

import java.util.function.Consumer;

/**
 * Passes captured frames on while switched on (unmuted), and never after {@link #close()}: closing waits for a frame
 * being passed on, so the encoder behind can be closed right after without a capture thread still inside it.
 */
final class FeedSwitch<T> implements Consumer<T> {

    private final Consumer<T> next;
    private boolean on;
    private boolean closed;

    FeedSwitch(Consumer<T> next, boolean on) {
        this.next = next;
        this.on = on;
    }

    synchronized void setOn(boolean value) {
        on = value;
    }

    @Override
    public synchronized void accept(T frame) {
        if (on && !closed) {
            next.accept(frame);
        }
    }

    synchronized void close() {
        closed = true;
    }
}
