package org.sealroom.media.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.support.VirtualClock;

class PacketizerAndAssemblerTest {
    private final VirtualClock clock = new VirtualClock(0);
    private final List<MediaPacket> sent = new ArrayList<>();
    private final List<ReceivedFrame> received = new ArrayList<>();
    private final Pipeline<EncodedFrame> send = Pipeline.<EncodedFrame>named("send")
            .then(new Packetizer(3)).into("wire", sent::add);
    private final Pipeline<MediaPacket> receive = Pipeline.<MediaPacket>named("receive")
            .then(new PacketValidator(3)).then(new FrameAssembler(clock)).into("frames", received::add);

    private static EncodedFrame frame(long ts, int size, boolean key) {
        byte[] data = new byte[size];
        new Random(ts).nextBytes(data);
        return new EncodedFrame(ts, key, data);
    }

    @Test
    void splitsFramesIntoEvenPacketsOfAtMost1200Bytes() {
        send.accept(frame(1000, 3000, true));
        assertThat(sent).hasSize(3).allSatisfy(p -> {
            assertThat(p.payload().length).isBetween(1000, MediaPacket.MAX_PAYLOAD);
            assertThat(p.keyframe()).isTrue();
            assertThat(p.timestampMicros()).isEqualTo(1000);
        });
        assertThat(sent.getFirst().frameStart()).isTrue();
        assertThat(sent.getLast().marker()).isTrue();
        assertThat(sent.stream().mapToInt(MediaPacket::sequence)).containsExactly(0, 1, 2);
    }

    @Test
    void reassemblesShuffledAndDuplicatedPacketsOfInterleavedFrames() {
        EncodedFrame a = frame(1000, 5000, true);
        EncodedFrame b = frame(2000, 2500, false);
        send.accept(a);
        send.accept(b);
        List<MediaPacket> wire = new ArrayList<>(sent);
        wire.addAll(sent.subList(0, 2));
        Collections.shuffle(wire, new Random(1));
        wire.forEach(receive);
        assertThat(received).hasSize(2);
        ReceivedFrame first = received.stream().filter(f -> f.timestampMicros() == 1000).findFirst().orElseThrow();
        ReceivedFrame second = received.stream().filter(f -> f.timestampMicros() == 2000).findFirst().orElseThrow();
        assertThat(first.frame().data()).isEqualTo(a.data());
        assertThat(first.frame().keyframe()).isTrue();
        assertThat(second.frame().data()).isEqualTo(b.data());
        assertThat(second.follows(first)).isTrue();
        assertThat(receive.stats("frame-assembler").dropped("duplicate")).isEqualTo(2);
    }

    @Test
    void givesUpFramesWithAMissingPacketAndCountsThem() {
        send.accept(frame(1000, 3000, true));
        send.accept(frame(1_000_000, 100, false));
        receive.accept(sent.get(0));
        receive.accept(sent.get(2));
        receive.accept(sent.get(3));
        assertThat(received).extracting(ReceivedFrame::timestampMicros).containsExactly(1_000_000L);
        assertThat(received.getFirst().follows(new ReceivedFrame(frame(1000, 1, true), 0, 2, 0))).isTrue();
        assertThat(receive.stats("frame-assembler").dropped("incomplete-frame")).isEqualTo(1);
    }

    @Test
    void dropsAndCountsPacketsThatCannotBeMediaOfThisStream() {
        receive.accept(new MediaPacket(9, 0, 0, true, true, true, new byte[10]));
        receive.accept(new MediaPacket(3, 0, 0, true, true, true, new byte[0]));
        receive.accept(new MediaPacket(3, 0, -5, true, true, true, new byte[10]));
        receive.accept(new MediaPacket(3, 0, 0, true, true, true, new byte[5000]));
        assertThat(received).isEmpty();
        var stats = receive.stats("packet-validator");
        assertThat(stats.dropped("wrong-stream")).isEqualTo(1);
        assertThat(stats.dropped("malformed")).isEqualTo(2);
        assertThat(stats.dropped("oversize")).isEqualTo(1);
        assertThat(stats.received()).isEqualTo(4);
        assertThat(stats.emitted()).isZero();
    }

    @Test
    void keepsFramesWholeAcrossTheSequenceNumberWrap() {
        Pipeline<EncodedFrame> wrapping = Pipeline.<EncodedFrame>named("send")
                .then(new Packetizer(3, MediaPacket.MAX_PAYLOAD, -2)).into("wire", sent::add);
        EncodedFrame f = frame(5, 4000, true);
        wrapping.accept(f);
        assertThat(sent).extracting(MediaPacket::sequence).containsExactly(-2, -1, 0, 1);
        sent.reversed().forEach(receive);
        assertThat(received).singleElement().satisfies(r -> assertThat(r.frame().data()).isEqualTo(f.data()));
    }

    @Test
    void boundsTheFramesItWaitsFor() {
        for (int i = 0; i < FrameAssembler.MAX_PENDING_FRAMES + 10; i++) {
            receive.accept(new MediaPacket(3, i * 2, i, true, false, false, new byte[10]));
        }
        assertThat(receive.stats("frame-assembler").dropped("incomplete-frame")).isEqualTo(10);
    }
}
