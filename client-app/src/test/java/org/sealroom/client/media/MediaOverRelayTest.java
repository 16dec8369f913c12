package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.media.MeetingHarness.SYNTHETIC;
import static org.sealroom.client.media.MeetingHarness.await;
import static org.sealroom.client.media.MeetingHarness.from;
import static org.sealroom.client.media.MeetingHarness.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.codec.PcmFrame;

/**
 * Two headless participants over the real relay (embedded, TLS on loopback): real Opus and VP8 from the media engine,
 * SFrame-protected by the meeting layer, decoded and measured by the other side's {@link MediaReceiver}.
 */
class MediaOverRelayTest {

    @TempDir
    Path dir;

    private MeetingHarness meetings;

    @BeforeEach
    void harness() {
        meetings = new MeetingHarness(dir);
    }

    @Test
    void joinerDecodesStampedVideoAndTheToneAfterAskingForAKeyframe() throws Exception {
        try (LiveMeetingSession alice = meetings.host("Alice", SYNTHETIC)) {
            SyntheticMediaSender aliceSends = (SyntheticMediaSender) media(alice).sender();
            // Alice sends before Bob is there: Bob joins mid-stream and needs a keyframe to start decoding.
            await(() -> aliceSends.videoFramesEncoded() >= 10);
            long keyframesBeforeBob = aliceSends.keyframesSent();
            List<Integer> frameNumbers = Collections.synchronizedList(new ArrayList<>());
            List<PcmFrame> aliceHearsBob = Collections.synchronizedList(new ArrayList<>());
            AtomicReference<int[]> firstPicture = new AtomicReference<>();
            AtomicReference<VideoFrame> firstFrame = new AtomicReference<>();

            try (LiveMeetingSession bob = meetings.join("Bob", alice, SYNTHETIC)) {
                ParticipantId aliceId = new ParticipantId(alice.peer().ownId());
                ParticipantId bobId = new ParticipantId(bob.peer().ownId());
                media(bob).receiver().listeners().addStampListener((sender, source, stamp, decodedAt) -> {
                    if (sender.equals(aliceId)) {
                        frameNumbers.add(stamp.frameNumber());
                    }
                });
                media(alice).receiver().listeners().addAudioListener((sender, frame) -> {
                    if (sender.equals(bobId) && frame.rms() > 0) {
                        aliceHearsBob.add(frame);
                    }
                });
                bob.addListener(new SessionListener() {
                    @Override
                    public void videoFrame(ParticipantId sender, VideoFrame frame) {
                        if (sender.equals(aliceId) && firstPicture.get() == null) {
                            int[] copy = new int[frame.width() * frame.height()];
                            frame.argbPremultiplied().duplicate().get(copy);
                            firstFrame.set(frame);
                            firstPicture.set(copy);
                        }
                    }
                });

                await(() -> from(bob, alice).map(s -> s.stampsRead() >= 30).orElse(false)
                        && aliceHearsBob.size() >= 50);

                SenderMediaStats bobGot = from(bob, alice).orElseThrow();
                assertThat(bobGot.name()).isEqualTo("Alice");
                assertThat(bobGot.videoFramesDecoded()).isGreaterThanOrEqualTo(30);
                assertThat(bobGot.stampsInOrder()).as("frame numbers increase").isTrue();
                assertThat(bobGot.stampsOffClock()).as("every latency reading is plausible (0..10 s)").isZero();
                assertThat(bobGot.latencySamples()).isEqualTo(bobGot.stampsRead());
                assertThat(bobGot.latencyMsP50()).isPositive();
                assertThat(bobGot.latencyMsP99()).isGreaterThanOrEqualTo(bobGot.latencyMsP50());
                assertThat(bobGot.audioPackets()).isPositive();
                assertThat(bobGot.audioFramesPlayed()).isPositive();
                assertThat(bobGot.malformedPackets()).isZero();

                List<Integer> numbers = List.copyOf(frameNumbers);
                assertThat(numbers.getFirst()).as("Bob started mid-stream").isGreaterThanOrEqualTo(10);
                for (int i = 1; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).isGreaterThan(numbers.get(i - 1));
                }

                // The keyframe round trip: Bob's request reached Alice's encoder over E2EE, and its answer decoded.
                assertThat(bobGot.keyframeRequestsSent()).isPositive();
                assertThat(media(alice).keyframeRequests().requestsHonoured()).isPositive();
                assertThat(media(alice).keyframeRequests().requestsDropped()).isZero();
                assertThat(aliceSends.keyframesSent()).isGreaterThan(keyframesBeforeBob);

                // Alice hears Bob's tone, not her own.
                double bobsTone = SyntheticMediaSender.toneFor((int) bobId.value());
                double alicesTone = SyntheticMediaSender.toneFor((int) aliceId.value());
                List<PcmFrame> heard = List.copyOf(aliceHearsBob);
                assertThat(ToneMeter.powerAt(heard, bobsTone))
                        .isGreaterThan(100 * ToneMeter.powerAt(heard, alicesTone));

                // Front ends got the pictures as opaque ARGB, with the stamp's black and white cells grey.
                await(() -> firstPicture.get() != null);
                VideoFrame frame = firstFrame.get();
                assertThat(frame.source()).isEqualTo(VideoFrame.Source.CAMERA);
                assertThat(frame.width()).isEqualTo(SyntheticMediaSender.WIDTH);
                assertThat(frame.height()).isEqualTo(SyntheticMediaSender.HEIGHT);
                int[] pixels = firstPicture.get();
                for (int pixel : pixels) {
                    assertThat(pixel >>> 24).isEqualTo(0xff);
                }
                int cellCentre = pixels[11 * frame.width() + 11];
                int red = cellCentre >> 16 & 0xff;
                int green = cellCentre >> 8 & 0xff;
                int blue = cellCentre & 0xff;
                assertThat(Math.abs(red - green)).isLessThanOrEqualTo(8);
                assertThat(Math.abs(blue - green)).isLessThanOrEqualTo(8);
                assertThat(green < 80 || green > 170).as("a stamp cell is black or white, was " + green).isTrue();
            }
        }
    }
}
