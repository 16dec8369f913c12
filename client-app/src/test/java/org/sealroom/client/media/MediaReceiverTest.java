package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.media.MeetingHarness.await;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.stream.VideoSendStream;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.TestPattern;
import org.sealroom.protocol.meeting.MemberRole;
import org.sealroom.protocol.meeting.RosterMember;

/** The receiver on its own: decrypted media frames in, as the meeting layer hands them over, in real time. */
class MediaReceiverTest {

    private static final int CAROL = 5;

    private final MediaClock clock = MediaClock.system();
    private final List<int[]> keyframeRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<VideoFrame> handedOver = Collections.synchronizedList(new ArrayList<>());

    private static RosterMember carol() {
        return new RosterMember(CAROL, 1, MemberRole.MEMBER, "Carol", IdentityKeyPair.generate().publicKey(),
                X25519KeyPair.generate().publicKey());
    }

    /** Sends {@code count} test-pattern pictures from Carol's camera, 15 a second, starting at frame {@code first}. */
    private void sendPictures(MediaReceiver receiver, RosterMember carol, int first, int count, boolean fromStart)
            throws InterruptedException {
        boolean[] lost = {!fromStart};
        MediaOut out = (stream, sequence, payload) -> {
            if (!lost[0]) {
                receiver.mediaReceived(carol, stream, sequence, payload);
            }
            return true;
        };
        try (VideoSendStream camera = VideoSendStream.camera(StreamKind.VIDEO.context(),
                out.packetsOn(StreamKind.VIDEO))) {
            if (!fromStart) {
                // Encode (and lose) the keyframe that opens the stream: the receiver joins mid-stream.
                camera.accept(TestPattern.render(320, 180, new FrameStamp(first - 1, clock.nowMicros() - 70_000)));
                lost[0] = false;
            }
            for (int n = first; n < first + count; n++) {
                camera.accept(TestPattern.render(320, 180, new FrameStamp(n, clock.nowMicros())));
                Thread.sleep(1000 / SyntheticMediaSender.FRAME_RATE);
            }
        }
    }

    @Test
    void asksTheSenderForAKeyframeWhenJoiningMidStream() throws Exception {
        try (MediaReceiver receiver = new MediaReceiver(new MediaEngine(clock),
                (sender, stream) -> keyframeRequests.add(new int[] {sender, stream}))) {
            sendPictures(receiver, carol(), 1, 5, false);
            await(() -> !keyframeRequests.isEmpty());
            assertThat(keyframeRequests.getFirst()).containsExactly(CAROL, StreamKind.VIDEO.context());
            SenderMediaStats stats = receiver.stats().get(CAROL);
            assertThat(stats.videoFramesDecoded()).as("nothing decodes without the keyframe").isZero();
            assertThat(stats.keyframeRequestsSent()).isPositive();
        }
    }

    @Test
    void thumbnailsGetAFewPicturesWhileAllAreDecodedAndMeasured() throws Exception {
        try (MediaReceiver receiver = new MediaReceiver(new MediaEngine(clock), (sender, stream) -> { })) {
            receiver.listeners().addFrameListener((from, frame) -> handedOver.add(frame));
            receiver.setVideoDemand(new ParticipantId(CAROL), VideoFrame.Source.CAMERA, VideoDemand.THUMBNAIL);
            RosterMember carol = carol();
            sendPictures(receiver, carol, 0, 24, true);
            await(() -> receiver.stats().get(CAROL).videoFramesDecoded() == 24);

            SenderMediaStats stats = receiver.stats().get(CAROL);
            assertThat(stats.stampsRead()).isEqualTo(24);
            assertThat(stats.stampsInOrder()).isTrue();
            assertThat(stats.lastFrameNumber()).isEqualTo(23);
            assertThat(handedOver).hasSizeBetween(1, 24 / 2);
            assertThat(handedOver).allSatisfy(frame -> assertThat(frame.width()).isEqualTo(320));

            receiver.mediaReceived(carol, StreamKind.AUDIO, 1, new byte[] {1, 2, 3});
            assertThat(receiver.stats().get(CAROL).malformedPackets()).isEqualTo(1);

            receiver.retainSenders(Set.of(CAROL + 1));
            assertThat(receiver.stats()).doesNotContainKey(CAROL);
        }
    }
}
