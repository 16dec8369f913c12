package org.sealroom.client.meeting;

import java.io.IOException;
import org.sealroom.client.collab.BoundedJson;

/**
 * The media-state body (docs/protocol.md 8.1, type 0x40): {@code {"mic": bool, "camera": bool, "screen": bool}};
 * {@code screen} is absent (false) from older clients.
 */
final class MediaStateCodec {

    private static final int MAX_BYTES = 256;

    record MediaState(boolean mic, boolean camera, boolean screen) {}

    private MediaStateCodec() {
    }

    static byte[] encode(boolean mic, boolean camera, boolean screen) {
        return BoundedJson.encode(new MediaState(mic, camera, screen));
    }

    static MediaState decode(byte[] body) throws IOException {
        return BoundedJson.decode(body, MAX_BYTES, MediaState.class);
    }
}
