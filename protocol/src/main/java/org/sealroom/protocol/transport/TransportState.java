package org.sealroom.protocol.transport;

import org.sealroom.protocol.control.MediaPath;

/**
 * The connection's state as a user would want it shown: the phase, the media path, and a sentence on why (for
 * example "UDP to the relay is blocked: media goes over TLS" or the reason the connection closed).
 */
public record TransportState(Phase phase, MediaPath mediaPath, String detail) {

    public enum Phase {
        CONNECTING,
        CONNECTED,
        /** The connection dropped; the client is reconnecting with backoff and will resume its room. */
        RECONNECTING,
        /** Final: closed by the application, or refused for a reason reconnecting cannot fix. */
        CLOSED
    }
}
