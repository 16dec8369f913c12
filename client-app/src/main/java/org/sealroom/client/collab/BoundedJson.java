package org.sealroom.client.collab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * JSON bodies of data messages (docs/protocol.md 8.1): every decode is bounded in size before Jackson sees it, and
 * every failure is an {@link IOException} with a short reason, never a runtime exception from a peer's bytes.
 * Unknown fields are ignored so later versions can add some.
 */
public final class BoundedJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private BoundedJson() {
    }

    public static byte[] encode(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + body.getClass().getSimpleName(), e);
        }
    }

    /** Decodes {@code body} as {@code type}, refusing anything longer than {@code maxBytes}. */
    public static <T> T decode(byte[] body, int maxBytes, Class<T> type) throws IOException {
        return decode(body, 0, body.length, maxBytes, type);
    }

    public static <T> T decode(byte[] body, int offset, int length, int maxBytes, Class<T> type) throws IOException {
        String what = type.getSimpleName();
        if (length > maxBytes) {
            throw new IOException(what + " too large (" + length + " bytes, at most " + maxBytes + ")");
        }
        try {
            T value = JSON.readValue(body, offset, length, type);
            if (value == null) {
                throw new IOException(what + " is null");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("malformed " + what + ": " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
