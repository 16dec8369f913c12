package org.sealroom.client.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.sealroom.crypto.epoch.StreamKind;

/**
 * The body of a {@link org.sealroom.protocol.meeting.DataType#KEYFRAME_REQUEST} data message: {@code {"stream": N}},
 * N the stream id (the KID context of the video stream, {@link StreamKind#context()}) whose sender should send a
 * keyframe. It travels SFrame-protected to the sender only, like every data message (docs/protocol.md 8.1).
 */
public final class KeyframeRequestCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyframeRequestCodec() {
    }

    public static byte[] encode(int streamId) {
        return ("{\"stream\":" + streamId + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The stream asked for, or empty for a body that is not a keyframe request for a video stream. */
    public static OptionalInt decode(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode stream = root == null ? null : root.path("stream");
            if (stream == null || !stream.isInt()) {
                return OptionalInt.empty();
            }
            int id = stream.intValue();
            boolean video = id == StreamKind.VIDEO.context() || id == StreamKind.SCREEN.context();
            return video ? OptionalInt.of(id) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }
}
