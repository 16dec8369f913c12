package org.sealroom.protocol.meeting;

/** Something a member must see: each kind maps to a banner in the UI and a counter in stats. */
public record MeetingWarning(Kind kind, String message) {

    public enum Kind {
        /** The host's identity does not match the join link. */
        HOST_MISMATCH,
        /** A message that fails verification: forged, replayed or not from its claimed sender. */
        FORGED_MESSAGE,
        /** Frames that failed authentication. */
        DECRYPTION_FAILED,
        /** Membership changed but no new epoch arrived in time. */
        REKEY_STALLED,
        /** The host left and nobody can take over: no more rekeys. */
        HOST_GONE,
        /** Host: someone tried a wrong meeting password (a failed CPace run). */
        PASSWORD_GUESS_FAILED,
        /** Host: too many wrong passwords; the meeting no longer accepts its password. */
        PASSWORD_JOIN_LOCKED
    }
}
