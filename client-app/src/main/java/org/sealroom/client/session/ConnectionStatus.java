package org.sealroom.client.session;

import java.time.Duration;

/** The link to the relay as the user sees it. */
public record ConnectionStatus(State state, MediaPath mediaPath, Duration roundTrip, Quality quality) {

    public enum State { CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    /** UDP when datagrams get through; TCP when the client fell back to carrying media over the TLS connection. */
    public enum MediaPath { NONE, UDP, TCP }

    public enum Quality { GOOD, FAIR, POOR }

    public static final ConnectionStatus CONNECTING =
            new ConnectionStatus(State.CONNECTING, MediaPath.NONE, Duration.ZERO, Quality.GOOD);
}
