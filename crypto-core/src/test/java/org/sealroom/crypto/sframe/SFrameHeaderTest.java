package org.sealroom.crypto.sframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.MalformedDataException;

class SFrameHeaderTest {

    @Test
    void rejectsNonMinimalEncodings() {
        // KID 5 written in an extra byte, CTR 9 with a leading zero byte: both forbidden by RFC 9605 section 4.3.
        assertRejected(new byte[] {(byte) 0x80, 0x05});
        assertRejected(new byte[] {0x09, 0x00, 0x09});
        assertRejected(new byte[] {(byte) 0x90, 0x00, 0x12});
    }

    @Test
    void rejectsTruncatedHeaderWithoutMovingThePosition() {
        ByteBuffer in = ByteBuffer.wrap(new byte[] {(byte) 0xFF, 1, 2, 3});
        assertThatThrownBy(() -> SFrameHeader.decode(in)).isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("truncated");
        assertThat(in.position()).isZero();
        assertThatThrownBy(() -> SFrameHeader.decode(ByteBuffer.allocate(0)))
                .isInstanceOf(MalformedDataException.class);
    }

    @Test
    void largestValuesUseSeventeenBytes() throws Exception {
        SFrameHeader header = new SFrameHeader(-1L, -1L);
        assertThat(header.encode()).hasSize(SFrameHeader.MAX_LENGTH);
        assertThat(SFrameHeader.decode(ByteBuffer.wrap(header.encode()))).isEqualTo(header);
        assertThat(header.toString()).contains("18446744073709551615");
    }

    @Property(tries = 2000)
    void everyKidAndCtrRoundTrips(@ForAll("unsignedLongs") long kid, @ForAll("unsignedLongs") long ctr)
            throws Exception {
        SFrameHeader header = new SFrameHeader(kid, ctr);
        byte[] encoded = header.encode();
        assertThat(encoded).hasSize(header.encodedLength());
        ByteBuffer in = ByteBuffer.wrap(encoded);
        assertThat(SFrameHeader.decode(in)).isEqualTo(header);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Provide
    Arbitrary<Long> unsignedLongs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 300),
                Arbitraries.of(0L, 7L, 8L, 255L, 256L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    private static void assertRejected(byte[] encoded) {
        assertThatThrownBy(() -> SFrameHeader.decode(ByteBuffer.wrap(encoded)))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("minimally");
    }
}
