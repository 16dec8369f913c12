package org.sealroom.protocol.transport;

import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.wire.MediaPriority;

/** A media packet from another participant, and the path it arrived on. The payload is opaque. */
public record ReceivedMedia(int sender, int streamId, int sequence, MediaPriority priority, MediaPath path,
                            byte[] payload) {
}
