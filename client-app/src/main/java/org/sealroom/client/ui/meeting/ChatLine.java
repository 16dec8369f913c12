package org.sealroom.client.ui.meeting;

import java.time.Instant;

/** One line in the chat panel. {@code privateWith} names the other person of a private message, else empty. */
public record ChatLine(String fromName, String text, Instant sentAt, boolean mine, String privateWith) {

    public boolean isPrivate() {
        return !privateWith.isEmpty();
    }
}
