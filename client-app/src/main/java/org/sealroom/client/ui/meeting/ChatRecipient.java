package org.sealroom.client.ui.meeting;

import java.util.Optional;
import org.sealroom.client.session.ParticipantId;

/** Whom a chat line goes to: everyone, or one participant privately. */
public record ChatRecipient(Optional<ParticipantId> participant, String label) {

    public static ChatRecipient everyone(String label) {
        return new ChatRecipient(Optional.empty(), label);
    }

    @Override
    public String toString() {
        return label;
    }
}
