package org.sealroom.relay.metrics;

/** Why the relay dropped a packet or message instead of forwarding it. */
public enum DropReason {
    /** Datagram too short, of another version or of unknown type. */
    MALFORMED_DATAGRAM,
    /** Datagram for a hop id no connection holds. */
    UNKNOWN_HOP,
    /** Datagram whose tag is wrong under its connection's hop key: spoofed or corrupted. */
    BAD_MAC,
    /** Datagram over its connection's rate limit. */
    RATE_LIMITED,
    /** Payload from a connection that is in no room. */
    NOT_IN_ROOM,
    /** Addressed payload for a participant the room does not have. */
    UNKNOWN_RECIPIENT,
    /** Payload for a participant that is disconnected, within its resume grace. */
    RECIPIENT_AWAY,
    /** From a lobby participant to anyone but the owner, or to a lobby participant from anyone but the owner. */
    LOBBY,
    /** Video to a receiver whose queue is over the video limit. */
    QUEUE_FULL_VIDEO,
    /** Audio to a receiver whose queue is over the audio limit. */
    QUEUE_FULL_AUDIO,
    /** Reliable message to a receiver over the reliable limit; the receiver is disconnected. */
    SLOW_CONSUMER,
    /** Dropped by a forwarding interceptor (tests only). */
    INTERCEPTED,
    /** Capture record that did not fit the capture writer's queue. */
    CAPTURE_OVERFLOW;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
