package org.sealroom.client.session;

import java.util.Optional;

/** How to join: a {@code sealroom://} link, or a relay plus meeting number and password. */
public record JoinOptions(
        String displayName,
        Optional<String> link,
        Optional<String> relayAddress,
        Optional<String> meetingNumber,
        Optional<String> password,
        MediaOptions media) {

    public static JoinOptions byLink(String displayName, String link, MediaOptions media) {
        return new JoinOptions(displayName, Optional.of(link), Optional.empty(), Optional.empty(), Optional.empty(), media);
    }
}
