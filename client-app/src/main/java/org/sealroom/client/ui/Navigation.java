package org.sealroom.client.ui;

import java.util.Optional;
import org.sealroom.client.session.MeetingSession;

/** Where view models send the user next. The app's {@link Navigator} implements it; tests record the calls. */
public interface Navigation {

    void showFirstRun();

    void showUnlock(Optional<String> pendingLink);

    /**
     * @param pendingLink a {@code sealroom://} link to join at once (from the command line)
     * @param notice a message to show on arrival, e.g. why the last meeting ended
     */
    void showHome(Optional<String> pendingLink, Optional<String> notice);

    default void showHome() {
        showHome(Optional.empty(), Optional.empty());
    }

    void showWaitingRoom(MeetingSession session);

    void showMeeting(MeetingSession session);

    void showSettings();

    /** The About window: version and the licences of bundled components. */
    void showAbout();
}
