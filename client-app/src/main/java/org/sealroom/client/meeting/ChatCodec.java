package org.sealroom.client.meeting;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.sealroom.client.collab.BoundedJson;

/** The JSON body of chat messages (docs/protocol.md 8.1): {@code {"id", "text", "sentAt"}}, bounded. */
final class ChatCodec {

    static final int MAX_TEXT_CHARS = 4000;

    record ChatBody(String id, String text, long sentAt) {}

    private ChatCodec() {
    }

    static byte[] encode(String text) {
        String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        return BoundedJson.encode(new ChatBody(UUID.randomUUID().toString(), bounded, Instant.now().toEpochMilli()));
    }

    /** Decodes a chat body; anything malformed or oversized is an {@link IOException}. */
    static ChatBody decode(byte[] body) throws IOException {
        ChatBody chat = BoundedJson.decode(body, MAX_TEXT_CHARS * 4 + 256, ChatBody.class);
        if (chat.text() == null || chat.text().length() > MAX_TEXT_CHARS) {
            throw new IOException("chat message without text or too long");
        }
        return chat;
    }
}
