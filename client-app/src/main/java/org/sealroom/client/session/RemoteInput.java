package org.sealroom.client.session;

import java.util.Objects;

/**
 * One input event from a controlling viewer. Pointer positions are fractions of the shared picture (0..1 from the
 * top-left corner), so the viewer's tile size does not matter; keys are named as JavaFX {@code KeyCode} constants.
 */
public sealed interface RemoteInput {

    /** The pointer moves to ({@code x}, {@code y}). */
    record PointerMove(double x, double y) implements RemoteInput {
        public PointerMove {
            checkFraction(x, "x");
            checkFraction(y, "y");
        }
    }

    /** A mouse button (1 primary, 2 middle, 3 secondary) goes down or up at ({@code x}, {@code y}). */
    record PointerButton(int button, boolean pressed, double x, double y) implements RemoteInput {
        public PointerButton {
            if (button < 1 || button > 3) {
                throw new IllegalArgumentException("button must be 1, 2 or 3, was " + button);
            }
            checkFraction(x, "x");
            checkFraction(y, "y");
        }
    }

    /** The wheel turns by {@code clicks} notches (positive: towards the user, i.e. scrolling down). */
    record Wheel(int clicks) implements RemoteInput {
        public static final int MAX_CLICKS = 20;

        public Wheel {
            if (clicks == 0 || Math.abs(clicks) > MAX_CLICKS) {
                throw new IllegalArgumentException("wheel clicks must be 1.." + MAX_CLICKS + " either way, was "
                        + clicks);
            }
        }
    }

    /** A key goes down or up; {@code key} is a JavaFX {@code KeyCode} name such as {@code "A"} or {@code "ENTER"}. */
    record Key(String key, boolean pressed) implements RemoteInput {
        public static final int MAX_NAME = 32;

        public Key {
            Objects.requireNonNull(key, "key");
            if (key.isEmpty() || key.length() > MAX_NAME) {
                throw new IllegalArgumentException("key name must be 1.." + MAX_NAME + " characters");
            }
        }
    }

    private static void checkFraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) { // also false for NaN
            throw new IllegalArgumentException(name + " must be within 0..1, was " + value);
        }
    }
}
