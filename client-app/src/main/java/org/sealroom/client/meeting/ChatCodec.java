package org.sealroom.client.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** The JSON body of chat messages (docs/protocol.md 8.1): {@code {"id", "text", "sentAt"}}, bounded. */
final class ChatCodec {

    static final int MAX_TEXT_CHARS = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    record ChatBody(String id, String text, long sentAt) {}

    private ChatCodec() {
    }

    static byte[] encode(String text) {
        String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        try {
            return JSON.writeValueAsBytes(new ChatBody(UUID.randomUUID().toString(), bounded,
                    Instant.now().toEpochMilli()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode chat", e);
        }
    }

    /** Decodes a chat body; anything malformed or oversized is an {@link IOException}. */
    static ChatBody decode(byte[] body) throws IOException {
        if (body.length > MAX_TEXT_CHARS * 4 + 256) {
            throw new IOException("chat message too large");
        }
        ChatBody chat = JSON.readValue(body, ChatBody.class);
        if (chat.text() == null || chat.text().length() > MAX_TEXT_CHARS) {
            throw new IOException("chat message without text or too long");
        }
        return chat;
    }
}
