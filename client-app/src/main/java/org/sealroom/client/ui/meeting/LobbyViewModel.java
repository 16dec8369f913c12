package org.sealroom.client.ui.meeting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sealroom.client.session.LobbyEntry;
import org.sealroom.client.session.LobbyEntryId;
import org.sealroom.client.session.MeetingSession;

/** The host's lobby: verified join requests waiting for a decision, and who arrived last (for a notification). */
public final class LobbyViewModel {

    private final MeetingSession session;
    private final ObservableList<LobbyEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LobbyEntry> latestArrival = new ReadOnlyObjectWrapper<>();

    LobbyViewModel(MeetingSession session) {
        this.session = session;
    }

    void refresh(List<LobbyEntry> lobby) {
        Set<LobbyEntryId> known = entries.stream().map(LobbyEntry::id).collect(Collectors.toSet());
        List<LobbyEntry> arrivals = lobby.stream().filter(e -> !known.contains(e.id())).toList();
        entries.setAll(lobby);
        if (!arrivals.isEmpty()) {
            latestArrival.set(arrivals.getLast());
        } else if (latestArrival.get() != null && !lobby.contains(latestArrival.get())) {
            latestArrival.set(lobby.isEmpty() ? null : lobby.getLast());
        }
    }

    public void admit(LobbyEntryId id) {
        session.admit(id);
    }

    public void deny(LobbyEntryId id) {
        session.deny(id);
    }

    public void admitAll() {
        List.copyOf(entries).forEach(entry -> session.admit(entry.id()));
    }

    public ObservableList<LobbyEntry> entries() { return entries; }

    /** The newest person waiting, or null when the lobby is empty. */
    public ReadOnlyObjectProperty<LobbyEntry> latestArrivalProperty() { return latestArrival.getReadOnlyProperty(); }
}
