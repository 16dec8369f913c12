package org.sealroom.client.ui;

import javafx.scene.Parent;

/** A screen the {@link Navigator} can show: its root node, and what to release when the user leaves it. */
public interface ScreenView {

    Parent root();

    /** Called when another screen replaces this one: remove listeners, stop previews. */
    default void dispose() {}
}
