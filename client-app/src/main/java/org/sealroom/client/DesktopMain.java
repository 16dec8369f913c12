package org.sealroom.client;

import org.sealroom.client.ui.SealroomApp;

/**
 * Entry point of the desktop app. JavaFX refuses to start when the main class itself extends {@code Application}
 * and JavaFX is on the class path rather than the module path, so the launcher starts here.
 */
public final class DesktopMain {

    private DesktopMain() {
    }

    public static void main(String[] args) {
        SealroomApp.main(args);
    }
}
