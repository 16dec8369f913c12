package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sealroom.client.media.MeetingHarness.NONE;
import static org.sealroom.client.media.MeetingHarness.SYNTHETIC;
import static org.sealroom.client.media.MeetingHarness.await;
import static org.sealroom.client.media.MeetingHarness.from;
import static org.sealroom.client.media.MeetingHarness.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.session.ShareSource;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;

/** Screen sharing and video demand through live sessions over the real relay. */
class ScreenShareOverRelayTest {

    @TempDir
    Path dir;

    @Test
    void sharedScreenArrivesAsScreenFramesWhileTheCameraKeepsGoing() throws Exception {
        MeetingHarness meetings = new MeetingHarness(dir);
        try (LiveMeetingSession alice = meetings.host("Alice", SYNTHETIC);
             LiveMeetingSession bob = meetings.join("Bob", alice, NONE)) {
            ParticipantId aliceId = new ParticipantId(alice.peer().ownId());
            List<VideoFrame> screenFrames = Collections.synchronizedList(new ArrayList<>());
            List<Integer> screenStamps = Collections.synchronizedList(new ArrayList<>());
            bob.addListener(new SessionListener() {
                @Override
                public void videoFrame(ParticipantId from, VideoFrame frame) {
                    if (from.equals(aliceId) && frame.source() == VideoFrame.Source.SCREEN) {
                        screenFrames.add(new VideoFrame(frame.source(), frame.width(), frame.height(), null,
                                frame.frameNumber()));
                    }
                }
            });
            media(bob).receiver().listeners().addStampListener((from, source, stamp, at) -> {
                if (source == VideoFrame.Source.SCREEN) {
                    screenStamps.add(stamp.frameNumber());
                }
            });

            List<ShareSource> sources = alice.shareSources();
            assertThat(sources).extracting(ShareSource::id).containsExactly(ScreenShare.SYNTHETIC_SOURCE);
            alice.startScreenShare(sources.getFirst().id());
            await(() -> screenFrames.size() >= 5);

            SenderMediaStats got = from(bob, alice).orElseThrow();
            assertThat(got.screenPackets()).isPositive();
            assertThat(got.screenFramesDecoded()).isGreaterThanOrEqualTo(5);
            assertThat(got.videoFramesDecoded()).as("the camera goes on beside the share").isPositive();
            assertThat(screenFrames.getFirst().width()).isEqualTo(1280);
            assertThat(screenFrames.getFirst().height()).isEqualTo(720);
            assertThat(List.copyOf(screenStamps)).isSorted().doesNotHaveDuplicates();
            assertThat(media(alice).screenShare().sharing()).isTrue();
            assertThat(media(alice).screenShare().status()).hasValueSatisfying(s -> assertThat(s.usable()).isTrue());

            // Bob's UI hides the share: it is still decoded, but no longer converted and handed over.
            bob.setVideoDemand(aliceId, VideoFrame.Source.SCREEN, VideoDemand.PAUSED);
            long decodedAtPause = from(bob, alice).orElseThrow().screenFramesDecoded();
            await(() -> from(bob, alice).orElseThrow().screenFramesDecoded() >= decodedAtPause + 3);
            int handedOver = screenFrames.size();
            long decodedNow = from(bob, alice).orElseThrow().screenFramesDecoded();
            await(() -> from(bob, alice).orElseThrow().screenFramesDecoded() >= decodedNow + 3);
            assertThat(screenFrames).hasSize(handedOver);

            bob.setVideoDemand(aliceId, VideoFrame.Source.SCREEN, VideoDemand.FULL);
            await(() -> screenFrames.size() > handedOver);

            alice.stopScreenShare();
            await(() -> !media(alice).screenShare().sharing());
        }
    }

    @Test
    void aParticipantWithoutMediaCannotShareAndSaysWhy() throws Exception {
        MeetingHarness meetings = new MeetingHarness(dir);
        try (LiveMeetingSession alice = meetings.host("Alice", NONE)) {
            assertThatThrownBy(alice::shareSources).isInstanceOf(SessionException.class)
                    .hasMessage(SessionMediaFactory.NO_MEDIA);
            alice.startScreenShare(ScreenShare.SYNTHETIC_SOURCE);
            await(() -> media(alice).screenShare().status().isPresent());
            assertThat(media(alice).screenShare().status().get().usable()).isFalse();
            assertThat(media(alice).screenShare().sharing()).isFalse();
        }
    }
}
