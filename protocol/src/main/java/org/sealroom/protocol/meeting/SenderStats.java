package org.sealroom.protocol.meeting;

/**
 * Per-sender frame counts: everything received, what decrypted, and why the rest was dropped.
 *
 * @param unknownKey frames for an epoch this member does not hold (too early, too late, or never admitted)
 * @param injected frames whose KID names a different sender than the one the relay says sent them
 */
public record SenderStats(int participantId, long received, long decrypted, long authenticationFailed,
        long replayed, long unknownKey, long injected, long malformed) {}
