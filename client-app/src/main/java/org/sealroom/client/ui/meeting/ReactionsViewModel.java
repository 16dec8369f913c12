package org.sealroom.client.ui.meeting;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sealroom.client.session.MeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.Reaction;

/** Sending reactions and raising a hand; the latest reaction anyone sent, for its tile to show. */
public final class ReactionsViewModel {

    /** One reaction to show; {@code serial} makes the same reaction twice in a row a change. */
    public record Shown(ParticipantId from, String fromName, Reaction reaction, long serial) {}

    private final MeetingSession session;
    private final ReadOnlyObjectWrapper<Shown> latest = new ReadOnlyObjectWrapper<>();
    private long serial;

    ReactionsViewModel(MeetingSession session) {
        this.session = session;
    }

    public void send(Reaction reaction) {
        session.reactions().sendReaction(reaction);
    }

    public void setHandRaised(boolean raised) {
        session.reactions().setHandRaised(raised);
    }

    void received(ParticipantId from, String fromName, Reaction reaction) {
        latest.set(new Shown(from, fromName, reaction, ++serial));
    }

    public ReadOnlyObjectProperty<Shown> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
