package org.sealroom.client.session;

import java.util.Objects;
import java.util.Optional;

/**
 * Where remote control stands for this participant: {@code peer} is the sharer (when requesting or controlling) or
 * the viewer in control (when controlled); {@code reason} says why the last change happened, e.g. a denial.
 */
public record RemoteControlStatus(Mode mode, Optional<ParticipantId> peer, String peerName, String reason) {

    public enum Mode {
        /** No request open and no control either way. */
        IDLE,
        /** This viewer asked a sharer and waits for the answer. */
        REQUESTING,
        /** This viewer controls the sharer's screen. */
        CONTROLLING,
        /** Someone controls this participant's shared screen. */
        CONTROLLED
    }

    public static final RemoteControlStatus IDLE = new RemoteControlStatus(Mode.IDLE, Optional.empty(), "", "");

    public RemoteControlStatus {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(peerName, "peerName");
        Objects.requireNonNull(reason, "reason");
    }

    public static RemoteControlStatus idle(String reason) {
        return new RemoteControlStatus(Mode.IDLE, Optional.empty(), "", reason);
    }

    public static RemoteControlStatus with(Mode mode, ParticipantId peer, String peerName) {
        return new RemoteControlStatus(mode, Optional.of(peer), peerName, "");
    }
}
