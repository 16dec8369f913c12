package org.sealroom.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.packet.ReceivedFrame;
import org.sealroom.media.pipeline.Pipeline;

class RedundancyTest {
    private final List<EncodedFrame> packed = new ArrayList<>();
    private final List<ReceivedFrame> unpacked = new ArrayList<>();
    private final Pipeline<EncodedFrame> encode = Pipeline.<EncodedFrame>named("send")
            .then(new RedundancyEncoder()).into("wire", packed::add);
    private final Pipeline<ReceivedFrame> decode = Pipeline.<ReceivedFrame>named("receive")
            .then(new RedundancyDecoder()).into("jitter", unpacked::add);

    @Test
    void eachPacketCarriesThePreviousFrameAsACopy() {
        encode.accept(new EncodedFrame(0, true, new byte[] {1, 2}));
        encode.accept(new EncodedFrame(20_000, true, new byte[] {3}));
        encode.accept(new EncodedFrame(500_000, true, new byte[] {4}));
        for (int i = 0; i < packed.size(); i++) {
            decode.accept(new ReceivedFrame(packed.get(i), 10 + i, 10 + i, 0));
        }
        assertThat(unpacked).hasSize(4);
        assertThat(unpacked.get(0)).isEqualTo(unpacked.get(0));
        assertThat(unpacked.get(0).frame().data()).containsExactly(1, 2);
        assertThat(unpacked.get(1).redundant()).isTrue();
        assertThat(unpacked.get(1).timestampMicros()).isZero();
        assertThat(unpacked.get(1).firstSequence()).isEqualTo(10);
        assertThat(unpacked.get(1).frame().data()).containsExactly(1, 2);
        assertThat(unpacked.get(2).redundant()).isFalse();
        assertThat(unpacked.get(2).frame().data()).containsExactly(3);
        assertThat(unpacked.get(3).frame().data()).as("no copy across a DTX pause").containsExactly(4);
    }

    @Test
    void dropsPayloadsThatDoNotParse() {
        byte[][] bad = {{}, {1}, {1, 0, 0, 0, 5, 0, 9, 1}, {2, 7}, {0}, {1, 0, 0, 0, 0, 0, 1, 7, 8}};
        for (byte[] payload : bad) {
            decode.accept(new ReceivedFrame(new EncodedFrame(0, true, payload), 0, 0, 0));
        }
        assertThat(unpacked).isEmpty();
        assertThat(decode.stats("redundancy-decoder").dropped("malformed-redundancy")).isEqualTo(bad.length);
    }
}
