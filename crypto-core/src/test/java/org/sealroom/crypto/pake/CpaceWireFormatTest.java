package org.sealroom.crypto.pake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sealroom.crypto.MalformedDataException;

/** Decoders for everything CPace receives from the network accept exactly the canonical encodings. */
class CpaceWireFormatTest {

    /** 32 octets of 0x11: a well-formed share. */
    private static final String SHARE = "1111111111111111111111111111111111111111111111111111111111111111";

    @Property(tries = 200, seed = CpaceVectors.SEED)
    void messagesRoundTrip(@ForAll @Size(32) byte[] share, @ForAll @Size(max = 300) byte[] associatedData)
            throws MalformedDataException {
        CpaceMessage message = new CpaceMessage(share, associatedData);
        byte[] encoded = message.encode();
        assertThat(encoded).isEqualTo(LengthValue.lvCat(share, associatedData));
        CpaceMessage decoded = CpaceMessage.decode(encoded);
        assertThat(decoded).isEqualTo(message);
        assertThat(decoded.publicShare()).isEqualTo(share);
        assertThat(decoded.associatedData()).isEqualTo(associatedData);
    }

    @Property(tries = 200, seed = CpaceVectors.SEED)
    void lengthPrefixesRoundTrip(@ForAll @Size(max = 20_000) byte[] value) throws MalformedDataException {
        byte[] encoded = LengthValue.prependLen(value);
        assertThat(encoded.length).isEqualTo(LengthValue.prefixLength(value.length) + value.length);
        assertThat(LengthValue.parse(encoded, 1, "test").getFirst()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "empty message, ''",
        "share field only, 20" + SHARE,
        "share of 31 octets, 1f" + "11111111111111111111111111111111111111111111111111111111111111" + "00",
        "share of 33 octets, 21" + SHARE + "11" + "00",
        "trailing octet, 20" + SHARE + "0000",
        "AD longer than the message, 20" + SHARE + "05414243",
        "non-minimal AD length, 20" + SHARE + "8000",
        "length prefix of four octets, 20" + SHARE + "80808001",
    })
    void malformedMessagesAreRejected(String description, String hex) {
        assertThatThrownBy(() -> CpaceMessage.decode(HexFormat.of().parseHex(hex)))
                .as(description)
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("CPace message: ");
    }

    @Test
    void associatedDataIsLimited() throws MalformedDataException {
        byte[] share = HexFormat.of().parseHex(SHARE);
        int limit = CpaceMessage.MAX_ASSOCIATED_DATA_LENGTH;
        assertThat(CpaceMessage.decode(LengthValue.lvCat(share, new byte[limit])).associatedData()).hasSize(limit);
        assertThatThrownBy(() -> CpaceMessage.decode(LengthValue.lvCat(share, new byte[limit + 1])))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("at most 1024 octets");
    }

    @Test
    void valueConstructorsRejectWrongLengthsAsProgrammingErrors() {
        assertThatThrownBy(() -> new CpaceMessage(new byte[31], new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpaceMessage(new byte[32], new byte[1025]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpaceSessionId(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpaceConfirmationTag(new byte[63])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreCopiedInAndOut() {
        byte[] share = HexFormat.of().parseHex(SHARE);
        CpaceMessage message = new CpaceMessage(share, new byte[] {1});
        share[0] = 0;
        message.publicShare()[1] = 0;
        assertThat(message.publicShare()).isEqualTo(HexFormat.of().parseHex(SHARE));
    }

    @ParameterizedTest
    @CsvSource({"0", "15", "65"})
    void sessionIdsOfWrongLengthAreRejected(int length) {
        assertThatThrownBy(() -> CpaceSessionId.decode(new byte[length]))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("16 to 64 octets");
    }

    @Property(tries = 50, seed = CpaceVectors.SEED)
    void sessionIdsRoundTrip(@ForAll @Size(min = 16, max = 64) byte[] value) throws MalformedDataException {
        assertThat(CpaceSessionId.decode(value).bytes()).isEqualTo(value);
        assertThat(CpaceSessionId.decode(value)).isEqualTo(CpaceSessionId.decode(value.clone()));
    }

    @ParameterizedTest
    @CsvSource({"0", "32", "63", "65"})
    void confirmationTagsOfWrongLengthAreRejected(int length) {
        assertThatThrownBy(() -> CpaceConfirmationTag.decode(new byte[length]))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("64 octets");
    }
}
