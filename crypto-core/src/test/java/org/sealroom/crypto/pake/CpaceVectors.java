package org.sealroom.crypto.pake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.testing.TestVectors;

/** The CPace conformance data in {@code testvectors/cpace-x25519.json}, loaded once. */
final class CpaceVectors {

    static final JsonNode ROOT = TestVectors.load("cpace-x25519.json");

    /** Fixed jqwik seed, so that the property tests generate the same inputs on every run. */
    static final String SEED = "4711";

    private CpaceVectors() {
    }

    static List<JsonNode> list(String section, String field) {
        List<JsonNode> out = new ArrayList<>();
        ROOT.get(section).get(field).forEach(out::add);
        return out;
    }

    static List<JsonNode> exchanges() {
        List<JsonNode> out = new ArrayList<>();
        ROOT.get("exchanges").forEach(out::add);
        return out;
    }

    static byte[] hex(JsonNode node, String field) {
        return TestVectors.hex(node, field);
    }

    static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }

    static PasswordSecret password(JsonNode exchange) throws InvalidPasswordException {
        return PasswordSecret.fromTypedPassword(text(exchange, "PRS_text"));
    }

    static CpaceChannelId channel(JsonNode exchange) {
        return CpaceChannelId.forParties(text(exchange, "CI_initiator"), text(exchange, "CI_responder"));
    }

    static CpaceSessionId sessionId(JsonNode exchange) throws MalformedDataException {
        return CpaceSessionId.decode(hex(exchange, "sid"));
    }

    /** The initiator's session with the vector's scalar ya and associated data ADa. */
    static CpaceSession initiator(JsonNode exchange) throws Exception {
        return CpaceSession.withScalar(CpaceRole.INITIATOR, password(exchange), channel(exchange), sessionId(exchange),
                hex(exchange, "ADa"), hex(exchange, "ya"));
    }

    /** The responder's session with the vector's scalar yb and associated data ADb. */
    static CpaceSession responder(JsonNode exchange) throws Exception {
        return CpaceSession.withScalar(CpaceRole.RESPONDER, password(exchange), channel(exchange), sessionId(exchange),
                hex(exchange, "ADb"), hex(exchange, "yb"));
    }
}
