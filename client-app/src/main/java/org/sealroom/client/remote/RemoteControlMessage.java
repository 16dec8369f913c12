package org.sealroom.client.remote;

import java.util.Objects;
import org.sealroom.client.session.RemoteInput;

/** The REMOTE_CONTROL bodies (docs/protocol.md 8.14), each sealed to the one participant it is for. */
public sealed interface RemoteControlMessage {

    /** Viewer → sharer: may I control your shared screen? */
    record Request(long requestId) implements RemoteControlMessage {}

    /** Sharer → viewer: yes; input must carry {@code grantId}, a random number fresh for each grant. */
    record Grant(long requestId, long grantId) implements RemoteControlMessage {}

    /** Sharer → viewer: no, and why. */
    record Deny(long requestId, String reason) implements RemoteControlMessage {
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Either side: the grant ends now (the sharer took control back, or the viewer gave it back). */
    record Revoke(long grantId, String reason) implements RemoteControlMessage {
        public Revoke {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Viewer → sharer: one input event under {@code grantId}, numbered from 1 upwards within the grant. */
    record Input(long grantId, long sequence, RemoteInput event) implements RemoteControlMessage {
        public Input {
            Objects.requireNonNull(event, "event");
        }
    }
}
