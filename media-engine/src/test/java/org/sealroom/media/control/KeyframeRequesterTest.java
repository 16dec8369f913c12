package org.sealroom.media.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.packet.ReceivedFrame;
import org.sealroom.media.support.VirtualClock;

class KeyframeRequesterTest {
    private final VirtualClock clock = new VirtualClock(0);
    private final List<Integer> requests = new ArrayList<>();
    private final KeyframeRequester requester = new KeyframeRequester(5, requests::add, clock, 100_000);

    @Test
    void repeatsRequestsNoFasterThanTheInterval() {
        requester.request();
        clock.set(50_000);
        requester.request();
        clock.set(100_000);
        requester.request();
        assertThat(requests).containsExactly(5, 5);
        assertThat(requester.requestsSuppressed()).isEqualTo(1);
    }

    @Test
    void gateFreezesAfterAGapUntilAKeyframeComes() {
        DecodabilityGate gate = new DecodabilityGate(requester);
        List<ReceivedFrame> passed = new ArrayList<>();
        var p = org.sealroom.media.pipeline.Pipeline.<ReceivedFrame>named("gate").then(gate).into("decoder", passed::add);
        p.accept(frame(0, 0, 1, true));
        p.accept(frame(1, 2, 2, false));
        p.accept(frame(3, 4, 4, false));
        p.accept(frame(4, 5, 5, false));
        p.accept(frame(5, 6, 9, true));
        p.accept(frame(6, 10, 10, false));
        assertThat(passed).extracting(ReceivedFrame::timestampMicros).containsExactly(0L, 1L, 5L, 6L);
        assertThat(p.stats("decodability-gate").dropped("waiting-for-keyframe")).isEqualTo(2);
        assertThat(requests).containsExactly(5);
    }

    private static ReceivedFrame frame(long ts, int first, int last, boolean key) {
        return new ReceivedFrame(new EncodedFrame(ts, key, new byte[1]), first, last, 0);
    }
}
