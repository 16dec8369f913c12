package org.sealroom.client.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Predicate;
import org.sealroom.client.remote.RemoteControlMessage.Deny;
import org.sealroom.client.remote.RemoteControlMessage.Grant;
import org.sealroom.client.remote.RemoteControlMessage.Input;
import org.sealroom.client.remote.RemoteControlMessage.Request;
import org.sealroom.client.remote.RemoteControlMessage.Revoke;
import org.sealroom.client.session.RemoteInput;

/**
 * The JSON form of {@link RemoteControlMessage} (docs/protocol.md 8.14), at most {@value #MAX_BYTES} bytes. Decoding
 * is strict: an unknown {@code op} or event, a missing or mistyped field, or a value out of range is an
 * {@link IOException} that says which.
 */
public final class RemoteControlCodec {

    static final int MAX_BYTES = 512;
    static final int MAX_REASON_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteControlCodec() {
    }

    public static byte[] encode(RemoteControlMessage message) {
        ObjectNode node = JSON.createObjectNode();
        switch (message) {
            case Request r -> node.put("op", "request").put("request", r.requestId());
            case Grant g -> node.put("op", "grant").put("request", g.requestId()).put("grant", g.grantId());
            case Deny d -> node.put("op", "deny").put("request", d.requestId()).put("reason", bounded(d.reason()));
            case Revoke r -> node.put("op", "revoke").put("grant", r.grantId()).put("reason", bounded(r.reason()));
            case Input i -> encodeEvent(node.put("op", "input").put("grant", i.grantId()).put("seq", i.sequence()),
                    i.event());
        }
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a remote-control message", e);
        }
    }

    private static void encodeEvent(ObjectNode node, RemoteInput event) {
        switch (event) {
            case RemoteInput.PointerMove m -> node.put("event", "move").put("x", m.x()).put("y", m.y());
            case RemoteInput.PointerButton b -> node.put("event", "button").put("button", b.button())
                    .put("pressed", b.pressed()).put("x", b.x()).put("y", b.y());
            case RemoteInput.Wheel w -> node.put("event", "wheel").put("clicks", w.clicks());
            case RemoteInput.Key k -> node.put("event", "key").put("key", k.key()).put("pressed", k.pressed());
        }
    }

    /** Decodes one body; anything oversized, malformed or out of range is an {@link IOException}. */
    public static RemoteControlMessage decode(byte[] body) throws IOException {
        if (body.length > MAX_BYTES) {
            throw new IOException("remote-control message of " + body.length + " bytes exceeds " + MAX_BYTES);
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IOException("remote-control message is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IOException("remote-control message is not a JSON object");
        }
        String op = text(node, "op");
        try {
            return switch (op) {
                case "request" -> new Request(integer(node, "request"));
                case "grant" -> new Grant(integer(node, "request"), integer(node, "grant"));
                case "deny" -> new Deny(integer(node, "request"), reason(node));
                case "revoke" -> new Revoke(integer(node, "grant"), reason(node));
                case "input" -> new Input(integer(node, "grant"), positive(node, "seq"), event(node));
                default -> throw new IOException("unknown remote-control op '" + bounded(op) + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new IOException("remote-control " + op + " out of range: " + e.getMessage());
        }
    }

    private static RemoteInput event(JsonNode node) throws IOException {
        String event = text(node, "event");
        return switch (event) {
            case "move" -> new RemoteInput.PointerMove(number(node, "x"), number(node, "y"));
            case "button" -> new RemoteInput.PointerButton((int) integer(node, "button"), bool(node, "pressed"),
                    number(node, "x"), number(node, "y"));
            case "wheel" -> new RemoteInput.Wheel((int) integer(node, "clicks"));
            case "key" -> new RemoteInput.Key(text(node, "key"), bool(node, "pressed"));
            default -> throw new IOException("unknown remote-control input event '" + bounded(event) + "'");
        };
    }

    private static String reason(JsonNode node) throws IOException {
        String reason = text(node, "reason");
        if (reason.length() > MAX_REASON_CHARS) {
            throw new IOException("remote-control reason longer than " + MAX_REASON_CHARS + " characters");
        }
        return reason;
    }

    private static JsonNode field(JsonNode node, String name) throws IOException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IOException("remote-control message lacks '" + name + "'");
        }
        return value;
    }

    /** The field {@code name}, which must be {@code what} (as {@code ok} checks). */
    private static JsonNode typed(JsonNode node, String name, Predicate<JsonNode> ok, String what)
            throws IOException {
        JsonNode value = field(node, name);
        if (!ok.test(value)) {
            throw new IOException("remote-control field '" + name + "' must be " + what);
        }
        return value;
    }

    private static String text(JsonNode node, String name) throws IOException {
        return typed(node, name, JsonNode::isTextual, "a string").asText();
    }

    private static long integer(JsonNode node, String name) throws IOException {
        return typed(node, name, v -> v.isIntegralNumber() && v.canConvertToLong(), "an integer").asLong();
    }

    private static long positive(JsonNode node, String name) throws IOException {
        long value = integer(node, name);
        if (value < 1) {
            throw new IOException("remote-control field '" + name + "' must be positive");
        }
        return value;
    }

    private static double number(JsonNode node, String name) throws IOException {
        return typed(node, name, JsonNode::isNumber, "a number").asDouble();
    }

    private static boolean bool(JsonNode node, String name) throws IOException {
        return typed(node, name, JsonNode::isBoolean, "true or false").asBoolean();
    }

    private static String bounded(String text) {
        return text.length() > MAX_REASON_CHARS ? text.substring(0, MAX_REASON_CHARS) : text;
    }
}
