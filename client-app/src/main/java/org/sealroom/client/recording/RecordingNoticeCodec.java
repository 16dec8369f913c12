package org.sealroom.client.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON body of {@code RECORDING} data messages (docs/protocol.md 8.1): {@code {"state", "sentAt"}} with state
 * {@code recording}, {@code paused} or {@code stopped}, at most {@value #MAX_BODY_BYTES} bytes. Unknown fields are
 * ignored (newer clients may add some); anything else malformed is an {@link IOException} saying what is wrong.
 */
final class RecordingNoticeCodec {

    static final int MAX_BODY_BYTES = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    enum State { RECORDING, PAUSED, STOPPED }

    record Notice(State state, Instant sentAt) {}

    private RecordingNoticeCodec() {
    }

    static byte[] encode(State state) {
        ObjectNode body = JSON.createObjectNode();
        body.put("state", state.name().toLowerCase(Locale.ROOT));
        body.put("sentAt", Instant.now().toEpochMilli());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a recording notice", e);
        }
    }

    static Notice decode(byte[] body) throws IOException {
        if (body.length > MAX_BODY_BYTES) {
            throw new IOException("recording notice of " + body.length + " bytes, at most " + MAX_BODY_BYTES);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw new IOException("recording notice is not JSON", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IOException("recording notice is not a JSON object");
        }
        JsonNode state = tree.get("state");
        JsonNode sentAt = tree.get("sentAt");
        if (state == null || !state.isTextual()) {
            throw new IOException("recording notice without a state");
        }
        if (sentAt == null || !sentAt.canConvertToLong()) {
            throw new IOException("recording notice without sentAt");
        }
        return new Notice(switch (state.asText()) {
            case "recording" -> State.RECORDING;
            case "paused" -> State.PAUSED;
            case "stopped" -> State.STOPPED;
            default -> throw new IOException("unknown recording state '" + bounded(state.asText()) + "'");
        }, Instant.ofEpochMilli(sentAt.asLong()));
    }

    private static String bounded(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
