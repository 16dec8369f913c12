package org.sealroom.client.session;

import java.time.Instant;

/** Something the user must not miss: shown as a banner. */
public record SecurityWarning(Kind kind, String message, Instant at) {

    public enum Kind {
        /** A known name arrived with a different identity key. */
        KEY_CHANGED,
        /** Frames failed authentication (tampering or a wrong key). */
        DECRYPTION_FAILED,
        /** The relay reported a membership change but no new epoch arrived in time. */
        REKEY_STALLED,
        /** The host's identity does not match the join link. */
        HOST_MISMATCH,
        /** A message that could not have come from its claimed sender. */
        FORGED_MESSAGE,
        /** The host left without a co-host: the meeting can no longer rekey. */
        HOST_GONE,
        /** Host: someone tried a wrong meeting password; after too many, password joins are off. */
        PASSWORD_GUESS,
        /** A participant sent collaboration input that was refused (a flood, a bad file, control without a grant). */
        REJECTED_INPUT,
        /** Sharer: remote-control input arrived without a valid grant and was refused. */
        REMOTE_CONTROL_REFUSED
    }
}
