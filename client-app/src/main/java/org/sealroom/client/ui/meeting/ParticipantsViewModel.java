package org.sealroom.client.ui.meeting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;

/**
 * The roster as the meeting window shows it: everyone in the current epoch, who is speaking (the active speaker stays
 * until someone else speaks), who shares a screen, and the host's actions on members.
 */
public final class ParticipantsViewModel {

    private final MeetingSession session;
    private final ObservableList<ParticipantInfo> participants = FXCollections.observableArrayList();
    private final ObservableSet<ParticipantId> recording = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<ParticipantInfo> me = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParticipantId> activeSpeaker = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParticipantId> screenSharer = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding host;

    ParticipantsViewModel(MeetingSession session) {
        this.session = session;
        host = Bindings.createBooleanBinding(() -> me.get() != null && me.get().role() == Role.HOST, me);
    }

    /** Takes a fresh roster from the session (UI thread). */
    void refresh(List<ParticipantInfo> roster) {
        participants.setAll(roster);
        me.set(roster.stream().filter(ParticipantInfo::me).findFirst().orElse(null));
        screenSharer.set(roster.stream().filter(ParticipantInfo::sharingScreen).map(ParticipantInfo::id)
                .findFirst().orElse(null));
        activeSpeaker.set(chooseActiveSpeaker(roster, activeSpeaker.get()));
    }

    /** Someone else speaking wins; otherwise the previous speaker stays while present; otherwise someone else. */
    static ParticipantId chooseActiveSpeaker(List<ParticipantInfo> roster, ParticipantId previous) {
        Optional<ParticipantInfo> speaking = roster.stream().filter(p -> p.speaking() && !p.me()).findFirst();
        if (speaking.isPresent()) {
            return speaking.get().id();
        }
        if (previous != null && roster.stream().anyMatch(p -> p.id().equals(previous))) {
            return previous;
        }
        return roster.stream().filter(p -> !p.me()).findFirst()
                .or(() -> roster.stream().findFirst())
                .map(ParticipantInfo::id)
                .orElse(null);
    }

    public Optional<ParticipantInfo> find(ParticipantId id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public void remove(ParticipantId id) {
        session.remove(Objects.requireNonNull(id));
    }

    public void handOverHost(ParticipantId id) {
        session.handOverHost(Objects.requireNonNull(id));
    }

    public void lowerHand(ParticipantId id) {
        session.reactions().lowerHand(Objects.requireNonNull(id));
    }

    public void makeCoHost(ParticipantId id) {
        session.setCoHost(Objects.requireNonNull(id));
    }

    public ObservableList<ParticipantInfo> participants() { return participants; }

    /** Who is recording the meeting now (kept by the {@link RecordingViewModel}). */
    public ObservableSet<ParticipantId> recording() { return recording; }

    public ReadOnlyObjectProperty<ParticipantInfo> meProperty() { return me.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ParticipantId> activeSpeakerProperty() { return activeSpeaker.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ParticipantId> screenSharerProperty() { return screenSharer.getReadOnlyProperty(); }

    /** True while this participant holds the host role. */
    public BooleanBinding hostProperty() { return host; }
}
