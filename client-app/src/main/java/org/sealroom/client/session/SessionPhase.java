package org.sealroom.client.session;

/** Where a participant stands in a meeting's life cycle. */
public enum SessionPhase {
    CONNECTING,
    /** Joined the relay, waiting for the host to admit us. */
    WAITING_IN_LOBBY,
    IN_MEETING,
    DENIED,
    ENDED
}
