package org.sealroom.client.collab.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.UUID;
import org.sealroom.client.collab.BoundedJson;

/**
 * The bodies of file-transfer messages (docs/protocol.md 8.13), each sealed to its one recipient: {@code u8 op}
 * followed by JSON, except chunks, which are binary ({@code op ‖ transfer id (16) ‖ u64 offset ‖ data}) so a 48 KiB
 * chunk does not grow by a third in base64.
 */
sealed interface FileMessage {

    int MAX_CHUNK_BYTES = 48 * 1024;
    int MAX_JSON_BYTES = 2048;
    int MAX_NAME_CHARS = 255;

    UUID id();

    /** Sender → receiver: a file is on offer. {@code sha256} is hex, over the whole file. */
    record Offer(UUID id, String name, long size, String sha256) implements FileMessage {
        public Offer {
            if (name == null || name.isEmpty() || name.length() > MAX_NAME_CHARS) {
                throw new IllegalArgumentException("a file name must have 1 to " + MAX_NAME_CHARS + " characters");
            }
            if (size < 0) {
                throw new IllegalArgumentException("a negative file size");
            }
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a SHA-256 must be 64 lower-case hex digits");
            }
        }

        byte[] digest() {
            return HexFormat.of().parseHex(sha256);
        }
    }

    /** Receiver → sender: send from {@code offset} (0 at first; the bytes it has when it resumes). */
    record Accept(UUID id, long offset) implements FileMessage {}

    record Decline(UUID id, String reason) implements FileMessage {}

    record Chunk(UUID id, long offset, byte[] data) implements FileMessage {}

    /** Receiver → sender: every byte before {@code offset} is written. */
    record Ack(UUID id, long offset) implements FileMessage {}

    /** Either side stops the transfer. */
    record Cancel(UUID id, String reason) implements FileMessage {}

    /** Receiver → sender: the whole file arrived and its SHA-256 matched. */
    record Complete(UUID id) implements FileMessage {}

    /** The JSON shape of every message but chunks. */
    record Json(String id, String name, Long size, String sha256, Long offset, String reason) {}

    byte OFFER = 1;
    byte ACCEPT = 2;
    byte DECLINE = 3;
    byte CHUNK = 4;
    byte ACK = 5;
    byte CANCEL = 6;
    byte COMPLETE = 7;

    static byte[] encode(FileMessage message) {
        if (message instanceof Chunk chunk) {
            ByteBuffer out = ByteBuffer.allocate(1 + 16 + 8 + chunk.data().length);
            out.put(CHUNK).putLong(chunk.id().getMostSignificantBits()).putLong(chunk.id().getLeastSignificantBits())
                    .putLong(chunk.offset()).put(chunk.data());
            return out.array();
        }
        String id = message.id().toString();
        Json json = switch (message) {
            case Offer o -> new Json(id, o.name(), o.size(), o.sha256(), null, null);
            case Accept a -> new Json(id, null, null, null, a.offset(), null);
            case Ack a -> new Json(id, null, null, null, a.offset(), null);
            case Decline d -> new Json(id, null, null, null, null, d.reason());
            case Cancel c -> new Json(id, null, null, null, null, c.reason());
            case Complete c -> new Json(id, null, null, null, null, null);
            case Chunk c -> throw new IllegalStateException("chunks are binary");
        };
        byte[] body = BoundedJson.encode(json);
        byte[] out = new byte[body.length + 1];
        out[0] = opOf(message);
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    /** Decodes a message; anything malformed, oversized or out of range is an {@link IOException}. */
    static FileMessage decode(byte[] body) throws IOException {
        if (body.length < 1) {
            throw new IOException("an empty file message");
        }
        if (body[0] == CHUNK) {
            return chunk(body);
        }
        Json json = BoundedJson.decode(body, 1, body.length - 1, MAX_JSON_BYTES, Json.class);
        UUID id = uuid(json.id());
        try {
            return switch (body[0]) {
                case OFFER -> new Offer(id, json.name(), required(json.size()), json.sha256());
                case ACCEPT -> new Accept(id, offset(json.offset()));
                case ACK -> new Ack(id, offset(json.offset()));
                case DECLINE -> new Decline(id, reason(json.reason()));
                case CANCEL -> new Cancel(id, reason(json.reason()));
                case COMPLETE -> new Complete(id);
                default -> throw new IOException("unknown file message type " + body[0]);
            };
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static Chunk chunk(byte[] body) throws IOException {
        int header = 1 + 16 + 8;
        if (body.length < header) {
            throw new IOException("a truncated chunk");
        }
        if (body.length - header > MAX_CHUNK_BYTES) {
            throw new IOException("a chunk of " + (body.length - header) + " bytes (at most " + MAX_CHUNK_BYTES + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(body, 1, body.length - 1);
        UUID id = new UUID(in.getLong(), in.getLong());
        long offset = offset(in.getLong());
        byte[] data = new byte[in.remaining()];
        in.get(data);
        return new Chunk(id, offset, data);
    }

    private static byte opOf(FileMessage message) {
        return switch (message) {
            case Offer o -> OFFER;
            case Accept a -> ACCEPT;
            case Decline d -> DECLINE;
            case Chunk c -> CHUNK;
            case Ack a -> ACK;
            case Cancel c -> CANCEL;
            case Complete c -> COMPLETE;
        };
    }

    private static UUID uuid(String text) throws IOException {
        try {
            UUID id = UUID.fromString(String.valueOf(text));
            if (!id.toString().equals(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IOException("a transfer id that is not a UUID");
        }
    }

    private static long required(Long value) throws IOException {
        if (value == null) {
            throw new IOException("a file offer without a size");
        }
        return value;
    }

    private static long offset(Long value) throws IOException {
        if (value == null || value < 0) {
            throw new IOException("a missing or negative offset");
        }
        return value;
    }

    private static String reason(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
}
