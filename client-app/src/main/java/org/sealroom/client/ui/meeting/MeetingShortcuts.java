package org.sealroom.client.ui.meeting;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The meeting window's keyboard shortcuts (Ctrl on Linux and Windows, Cmd on macOS). */
final class MeetingShortcuts {

    static final KeyCombination MICROPHONE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CAMERA = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SHARE =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination CHAT =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination PARTICIPANTS =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Map<KeyCombination, Runnable> actions;
    private Scene scene;

    MeetingShortcuts(Runnable microphone, Runnable camera, Runnable share, Runnable chat, Runnable participants) {
        actions = Map.of(MICROPHONE, microphone, CAMERA, camera, SHARE, share, CHAT, chat, PARTICIPANTS, participants);
    }

    void install(Scene target) {
        uninstall();
        scene = target;
        scene.getAccelerators().putAll(actions);
    }

    void uninstall() {
        if (scene != null) {
            actions.keySet().forEach(scene.getAccelerators()::remove);
            scene = null;
        }
    }
}
