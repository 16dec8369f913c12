package org.sealroom.client.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The media-state body (docs/protocol.md 8.1, type 0x40): {@code {"mic": bool, "camera": bool, "screen": bool}};
 * {@code screen} is absent (false) from older clients.
 */
final class MediaStateCodec {

    private static final int MAX_BYTES = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    record MediaState(boolean mic, boolean camera, boolean screen) {}

    private MediaStateCodec() {
    }

    static byte[] encode(boolean mic, boolean camera, boolean screen) {
        try {
            return JSON.writeValueAsBytes(new MediaState(mic, camera, screen));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode media state", e);
        }
    }

    static MediaState decode(byte[] body) throws IOException {
        if (body.length > MAX_BYTES) {
            throw new IOException("media state too large");
        }
        return JSON.readValue(body, MediaState.class);
    }
}
