package org.sealroom.client.ui.fakes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.ui.Navigation;

/** Remembers where view models sent the user. */
public final class RecordingNavigation implements Navigation {

    public record Visit(String screen, Object detail) {}

    public final List<Visit> visits = new CopyOnWriteArrayList<>();

    public Visit last() {
        return visits.isEmpty() ? null : visits.getLast();
    }

    @Override public void showFirstRun() { visits.add(new Visit("firstRun", null)); }

    @Override public void showUnlock(Optional<String> pendingLink) { visits.add(new Visit("unlock", pendingLink)); }

    @Override
    public void showHome(Optional<String> pendingLink, Optional<String> notice) {
        visits.add(new Visit("home", notice.orElse(pendingLink.orElse(""))));
    }

    @Override public void showWaitingRoom(MeetingSession session) { visits.add(new Visit("waitingRoom", session)); }

    @Override public void showMeeting(MeetingSession session) { visits.add(new Visit("meeting", session)); }

    @Override public void showSettings() { visits.add(new Visit("settings", null)); }

    @Override public void showAbout() { visits.add(new Visit("about", null)); }
}
