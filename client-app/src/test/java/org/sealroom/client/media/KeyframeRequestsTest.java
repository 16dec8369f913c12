package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.stream.VideoSendStream;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.TestPattern;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.ReceivedData;

/** Keyframe request messages, and the sender side that turns them into keyframes of a real VP8 stream. */
class KeyframeRequestsTest {

    private final AtomicLong nowMicros = new AtomicLong(1_000_000);
    private final List<MediaPacket> sent = new ArrayList<>();
    private int frameNumber;

    private static ReceivedData request(byte[] body) {
        return new ReceivedData(7, DataType.KEYFRAME_REQUEST, body);
    }

    /** Encodes the next test-pattern picture and says whether it went out as a keyframe. */
    private boolean nextFrameIsKeyframe(VideoSendStream stream) {
        sent.clear();
        int n = frameNumber++;
        stream.accept(TestPattern.render(320, 180, new FrameStamp(n, n * 100_000L)));
        assertThat(sent).isNotEmpty();
        return sent.getFirst().keyframe();
    }

    @Test
    void bodyNamesAVideoStreamAndAnythingElseReadsAsNoRequest() {
        assertThat(KeyframeRequestCodec.decode(KeyframeRequestCodec.encode(StreamKind.VIDEO.context())))
                .hasValue(StreamKind.VIDEO.context());
        assertThat(KeyframeRequestCodec.decode(KeyframeRequestCodec.encode(StreamKind.SCREEN.context())))
                .hasValue(StreamKind.SCREEN.context());
        assertThat(new String(KeyframeRequestCodec.encode(1), StandardCharsets.UTF_8)).isEqualTo("{\"stream\":1}");
        for (String bad : List.of("", "{", "[]", "{\"stream\":\"1\"}", "{\"stream\":0}", "{\"stream\":3}",
                "{\"stream\":99999999999}", "null")) {
            assertThat(KeyframeRequestCodec.decode(bad.getBytes(StandardCharsets.UTF_8))).as(bad).isEmpty();
        }
    }

    @Test
    void aRequestMakesTheNextPictureAKeyframeAtMostOncePerInterval() {
        KeyframeRequestRouter router = new KeyframeRequestRouter(nowMicros::get);
        try (VideoSendStream video = VideoSendStream.camera(StreamKind.VIDEO.context(), sent::add)) {
            router.route(StreamKind.VIDEO.context(), video);
            assertThat(nextFrameIsKeyframe(video)).as("a stream starts with a keyframe").isTrue();
            assertThat(nextFrameIsKeyframe(video)).isFalse();

            router.accept(request(KeyframeRequestCodec.encode(StreamKind.VIDEO.context())));
            assertThat(nextFrameIsKeyframe(video)).isTrue();

            // Many receivers asking at once get one keyframe: the next request within the interval is absorbed.
            nowMicros.addAndGet(KeyframeRequestRouter.MIN_INTERVAL_MICROS / 2);
            router.accept(request(KeyframeRequestCodec.encode(StreamKind.VIDEO.context())));
            assertThat(nextFrameIsKeyframe(video)).isFalse();

            nowMicros.addAndGet(KeyframeRequestRouter.MIN_INTERVAL_MICROS);
            router.accept(request(KeyframeRequestCodec.encode(StreamKind.VIDEO.context())));
            assertThat(nextFrameIsKeyframe(video)).isTrue();

            assertThat(router.requestsReceived()).isEqualTo(3);
            assertThat(router.requestsHonoured()).isEqualTo(2);
            assertThat(router.requestsDropped()).isZero();
        }
    }

    @Test
    void malformedAndUnroutedRequestsAreDroppedAndCounted() {
        KeyframeRequestRouter router = new KeyframeRequestRouter(nowMicros::get);
        try (VideoSendStream video = VideoSendStream.camera(StreamKind.VIDEO.context(), sent::add)) {
            router.route(StreamKind.VIDEO.context(), video);
            nextFrameIsKeyframe(video);
            router.accept(request("not json".getBytes(StandardCharsets.UTF_8)));
            router.accept(request(KeyframeRequestCodec.encode(StreamKind.SCREEN.context())));
            router.accept(new ReceivedData(7, DataType.CHAT, KeyframeRequestCodec.encode(1)));
            assertThat(nextFrameIsKeyframe(video)).isFalse();
            assertThat(router.requestsReceived()).isEqualTo(2);
            assertThat(router.requestsDropped()).isEqualTo(2);

            router.unroute(StreamKind.VIDEO.context(), video);
            router.accept(request(KeyframeRequestCodec.encode(StreamKind.VIDEO.context())));
            assertThat(nextFrameIsKeyframe(video)).isFalse();
            assertThat(router.requestsDropped()).isEqualTo(3);
        }
    }
}
