package org.sealroom.client.session;

import java.time.Instant;
import java.util.Optional;

/** A chat line, to everyone or private ({@code to} present). */
public record ChatMessage(ParticipantId from, String fromName, String text, Instant sentAt, Optional<ParticipantId> to) {
    public boolean isPrivate() {
        return to.isPresent();
    }
}
