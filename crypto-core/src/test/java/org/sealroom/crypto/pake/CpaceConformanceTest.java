package org.sealroom.crypto.pake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.crypto.pake.CpaceVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.testing.TestVectors;

/**
 * Conformance with draft-irtf-cfrg-cpace-21 for CPACE-X25519-SHA512: every intermediate value of Appendix B.1, the
 * string utilities of Appendix A, the low-order points of B.1.10 and the malformed messages of draft-09 A.1.5, all
 * read from {@code testvectors/cpace-x25519.json}.
 */
class CpaceConformanceTest {

    static Stream<Arguments> exchanges() {
        return CpaceVectors.exchanges().stream()
                .map(exchange -> Arguments.of(Named.of(CpaceVectors.text(exchange, "source"), exchange)));
    }

    static Stream<Arguments> lowOrderPoints() {
        return CpaceVectors.list("low_order_points", "cases").stream()
                .map(point -> Arguments.of(Named.of(CpaceVectors.text(point, "name"), point)));
    }

    @Test
    void prependLenMatchesAppendixA12() {
        for (JsonNode vector : CpaceVectors.list("prepend_len", "cases")) {
            assertThat(LengthValue.prependLen(hex(vector, "input"))).isEqualTo(hex(vector, "output"));
        }
    }

    @Test
    void lvCatMatchesAppendixA14() {
        JsonNode vector = CpaceVectors.ROOT.get("lv_cat");
        byte[][] inputs = new byte[vector.get("inputs").size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = TestVectors.hex(vector.get("inputs").get(i).asText());
        }
        assertThat(LengthValue.lvCat(inputs)).isEqualTo(hex(vector, "output"));
    }

    @Test
    void transcriptIrMatchesAppendixA35() {
        for (JsonNode vector : CpaceVectors.list("transcript_ir", "cases")) {
            byte[] transcript = CpaceSession.transcriptIr(
                    hex(vector, "Ya"), hex(vector, "ADa"), hex(vector, "Yb"), hex(vector, "ADb"));
            assertThat(transcript).isEqualTo(hex(vector, "output"));
        }
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void inputsEncodeAsInTheDraft(JsonNode exchange) throws Exception {
        try (PasswordSecret password = CpaceVectors.password(exchange)) {
            assertThat(password.prsCopy()).isEqualTo(hex(exchange, "PRS"));
        }
        assertThat(CpaceVectors.channel(exchange).encoded()).isEqualTo(hex(exchange, "CI"));
        assertThat(CpaceX25519.DSI).isEqualTo(hex(exchange, "DSI"));
        assertThat(CpaceX25519.DSI_ISK).isEqualTo(hex(exchange, "DSI_ISK"));
        assertThat(CpaceX25519.zeroPaddingLength(hex(exchange, "PRS").length))
                .isEqualTo(exchange.get("zpad_length").asInt());
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void generatorMatchesStepByStep(JsonNode exchange) {
        byte[] prs = hex(exchange, "PRS");
        byte[] ci = hex(exchange, "CI");
        byte[] sid = hex(exchange, "sid");

        byte[] generatorString = CpaceX25519.generatorString(prs, ci, sid);
        assertThat(generatorString).isEqualTo(hex(exchange, "generator_string"));
        byte[] hash = Arrays.copyOf(CpaceX25519.sha512(generatorString), CpaceX25519.FIELD_SIZE_BYTES);
        assertThat(hash).isEqualTo(hex(exchange, "hash_generator_string"));
        // decodeUCoordinate(hash, 255) clears bit 255; the map must ignore that bit, so both inputs give g.
        byte[] g = hex(exchange, "g");
        assertThat(Curve25519Elligator2.mapToCurve(hex(exchange, "decoded_field_element"))).isEqualTo(g);
        assertThat(Curve25519Elligator2.mapToCurve(hash)).isEqualTo(g);
        assertThat(CpaceX25519.calculateGenerator(prs, ci, sid)).isEqualTo(g);
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void sharesAndSecretPointMatch(JsonNode exchange) throws Exception {
        byte[] g = hex(exchange, "g");
        byte[] ya = hex(exchange, "ya");
        byte[] yb = hex(exchange, "yb");
        assertThat(CpaceX25519.scalarMult(ya, g)).isEqualTo(hex(exchange, "Ya"));
        assertThat(CpaceX25519.scalarMult(yb, g)).isEqualTo(hex(exchange, "Yb"));
        assertThat(CpaceX25519.scalarMult(ya, hex(exchange, "Yb"))).isEqualTo(hex(exchange, "K"));
        assertThat(CpaceX25519.scalarMult(yb, hex(exchange, "Ya"))).isEqualTo(hex(exchange, "K"));

        CpaceMessage msgA = CpaceVectors.initiator(exchange).ownMessage();
        CpaceMessage msgB = CpaceVectors.responder(exchange).ownMessage();
        assertThat(msgA.publicShare()).isEqualTo(hex(exchange, "Ya"));
        assertThat(msgA.associatedData()).isEqualTo(hex(exchange, "ADa"));
        assertThat(msgB.publicShare()).isEqualTo(hex(exchange, "Yb"));
        assertThat(msgB.associatedData()).isEqualTo(hex(exchange, "ADb"));
        byte[] transcript = CpaceSession.transcriptIr(
                msgA.publicShare(), msgA.associatedData(), msgB.publicShare(), msgB.associatedData());
        assertThat(transcript).isEqualTo(hex(exchange, "transcript_ir"));
        assertThat(msgA.encode()).isEqualTo(LengthValue.lvCat(hex(exchange, "Ya"), hex(exchange, "ADa")));
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void intermediateSessionKeyMatchesOnBothSides(JsonNode exchange) throws Exception {
        ByteArrayOutputStream hashInput = new ByteArrayOutputStream();
        hashInput.writeBytes(LengthValue.lvCat(CpaceX25519.DSI_ISK, hex(exchange, "sid"), hex(exchange, "K")));
        hashInput.writeBytes(hex(exchange, "transcript_ir"));
        assertThat(hashInput.toByteArray()).isEqualTo(hex(exchange, "isk_hash_input"));

        CpaceSession initiator = CpaceVectors.initiator(exchange);
        CpaceSession responder = CpaceVectors.responder(exchange);
        CpaceSharedKey initiatorKey = initiator.finish(CpaceMessage.decode(responder.ownMessage().encode()));
        CpaceSharedKey responderKey = responder.finish(CpaceMessage.decode(initiator.ownMessage().encode()));
        assertThat(initiatorKey.intermediateSessionKey()).isEqualTo(hex(exchange, "ISK_IR"));
        assertThat(responderKey.intermediateSessionKey()).isEqualTo(hex(exchange, "ISK_IR"));
    }

    /** Tags and derived key against values computed by an independent implementation (see the JSON's source). */
    @ParameterizedTest
    @MethodSource("exchanges")
    void confirmationTagsAndDerivedKeyMatchIndependentComputation(JsonNode exchange) throws Exception {
        JsonNode derived = exchange.get("sealroom_derived");
        CpaceSession initiator = CpaceVectors.initiator(exchange);
        CpaceSession responder = CpaceVectors.responder(exchange);
        CpaceSharedKey initiatorKey = initiator.finish(responder.ownMessage());
        CpaceSharedKey responderKey = responder.finish(initiator.ownMessage());

        assertThat(initiatorKey.confirmationTag().bytes()).isEqualTo(hex(derived, "Ta"));
        assertThat(responderKey.confirmationTag().bytes()).isEqualTo(hex(derived, "Tb"));
        initiatorKey.verifyPeerConfirmation(CpaceConfirmationTag.decode(hex(derived, "Tb")));
        responderKey.verifyPeerConfirmation(CpaceConfirmationTag.decode(hex(derived, "Ta")));

        String label = CpaceVectors.text(derived, "key_label");
        int length = derived.get("key_length").asInt();
        for (CpaceSharedKey key : List.of(initiatorKey, responderKey)) {
            try (CpaceDerivedKey derivedKey = key.deriveKey(label, length)) {
                assertThat(derivedKey.toSecretKey("AES").getEncoded()).isEqualTo(hex(derived, "key"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lowOrderPoints")
    void scalarMultVfyMatchesAppendixB110(JsonNode point) {
        byte[] result = CpaceX25519.scalarMult(hex(CpaceVectors.ROOT.get("low_order_points"), "s"), hex(point, "u"));
        assertThat(result).isEqualTo(hex(point, "q"));
        assertThat(CpaceX25519.isIdentity(result)).isEqualTo(point.get("must_abort").asBoolean());
    }

    @ParameterizedTest
    @MethodSource("lowOrderPoints")
    void lowOrderShareAbortsBothRoles(JsonNode point) throws Exception {
        JsonNode exchange = CpaceVectors.exchanges().get(0);
        CpaceMessage hostile = CpaceMessage.decode(LengthValue.lvCat(hex(point, "u"), new byte[0]));
        for (CpaceSession session : List.of(CpaceVectors.initiator(exchange), CpaceVectors.responder(exchange))) {
            if (point.get("must_abort").asBoolean()) {
                assertThatThrownBy(() -> session.finish(hostile))
                        .isInstanceOf(InvalidPeerShareException.class)
                        .hasMessageContaining("low-order point");
                assertThat(session.isDestroyed()).isTrue();
                assertThatThrownBy(() -> session.finish(hostile)).isInstanceOf(IllegalStateException.class);
            } else {
                // A non-canonical u with bit 255 set that is not low order: X25519 masks the bit and goes on.
                try (CpaceSharedKey key = session.finish(hostile)) {
                    assertThat(key.isPeerConfirmed()).isFalse();
                }
            }
        }
    }

    @Test
    void malformedMessagesOfDraft09AreRejected() {
        for (JsonNode vector : CpaceVectors.list("invalid_messages", "cases")) {
            assertThatThrownBy(() -> CpaceMessage.decode(hex(vector, "message")))
                    .as(CpaceVectors.text(vector, "name"))
                    .isInstanceOf(MalformedDataException.class)
                    .hasMessageStartingWith("CPace message: ");
        }
    }
}
