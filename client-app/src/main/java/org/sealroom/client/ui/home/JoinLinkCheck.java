package org.sealroom.client.ui.home;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A syntax check of a pasted {@code sealroom://RELAY_HOST[:PORT]/ROOM_ID#v1.FINGERPRINT.SECRET[.RELAY_CERT]} link
 * (protocol.md §2), so the join form can say what is wrong before anything is sent. The session layer does the real
 * parsing and every cryptographic check.
 */
final class JoinLinkCheck {

    private static final Pattern LINK = Pattern.compile(
            "sealroom://[A-Za-z0-9.\\-\\[\\]:]+/\\d+#v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)?");

    private JoinLinkCheck() {}

    /** The message key describing what is wrong with {@code text}, or empty when it looks like a join link. */
    static Optional<String> problem(String text) {
        String link = text.strip();
        if (link.isEmpty()) {
            return Optional.of("home.join.error.linkMissing");
        }
        if (!link.startsWith("sealroom://")) {
            return Optional.of("home.join.error.notSealroomLink");
        }
        if (!link.contains("#")) {
            // Chat apps and mail clients sometimes cut the fragment, which holds the host's fingerprint and secret.
            return Optional.of("home.join.error.linkWithoutFragment");
        }
        return LINK.matcher(link).matches() ? Optional.empty() : Optional.of("home.join.error.linkMalformed");
    }
}
