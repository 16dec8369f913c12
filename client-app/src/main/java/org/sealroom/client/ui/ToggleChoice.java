package org.sealroom.client.ui;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;

/**
 * Toggle buttons that act as one choice (segmented buttons, a navigation list): exactly one is selected, the one
 * matching the property, and clicking the selected one keeps it selected.
 */
public final class ToggleChoice {

    private ToggleChoice() {}

    public static <T> void bind(Map<ToggleButton, T> buttons, ObjectProperty<T> choice) {
        Runnable sync = () -> buttons.forEach((button, value) -> button.setSelected(value.equals(choice.get())));
        buttons.forEach((button, value) -> button.setOnAction(event -> {
            choice.set(value);
            sync.run();
        }));
        choice.addListener((o, was, now) -> sync.run());
        sync.run();
    }
}
