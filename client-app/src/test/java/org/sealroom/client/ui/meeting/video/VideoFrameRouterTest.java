package org.sealroom.client.ui.meeting.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.ui.fakes.TestFrames;

class VideoFrameRouterTest {

    /** Keeps what it is given. */
    private static final class Sink implements FrameSink {
        final List<VideoFrame> frames = new ArrayList<>();
        final List<VideoDemand> demands = new ArrayList<>();

        @Override public void offer(VideoFrame frame) { frames.add(frame); }

        @Override public void setDemand(VideoDemand demand) { demands.add(demand); }
    }

    @Test
    void routesFramesByParticipantAndSourceAndCountsTheUnclaimed() {
        VideoFrameRouter router = new VideoFrameRouter(Optional.empty());
        Sink ben = new Sink();
        router.attach(VideoKey.camera(new ParticipantId(2)), ben);
        VideoFrame frame = TestFrames.solid(2, 2, 0xFF0000, 1);

        router.deliver(new ParticipantId(2), frame);
        router.deliver(new ParticipantId(3), frame);
        router.deliver(new ParticipantId(2), TestFrames.screen(8, 8, 2));

        assertThat(ben.frames).containsExactly(frame);
        assertThat(router.framesWithoutTile()).isEqualTo(2);
    }

    @Test
    void tellsTheSessionOnlyWhenDemandChanges() {
        List<String> told = new ArrayList<>();
        VideoFrameRouter router = new VideoFrameRouter(Optional.of((participant, source, demand) ->
                told.add(participant + " " + source + " " + demand)));
        Sink ben = new Sink();
        VideoKey key = VideoKey.camera(new ParticipantId(2));
        router.attach(key, ben);

        router.demand(key, VideoDemand.THUMBNAIL);
        router.demand(key, VideoDemand.THUMBNAIL);
        router.demand(key, VideoDemand.PAUSED);

        assertThat(told).containsExactly("#2 CAMERA THUMBNAIL", "#2 CAMERA PAUSED");
        assertThat(ben.demands).containsExactly(VideoDemand.FULL, VideoDemand.THUMBNAIL, VideoDemand.THUMBNAIL,
                VideoDemand.PAUSED);
    }

    @Test
    void aDetachedTileGetsNoMoreFrames() {
        VideoFrameRouter router = new VideoFrameRouter(Optional.empty());
        Sink ben = new Sink();
        VideoKey key = VideoKey.camera(new ParticipantId(2));
        router.attach(key, ben);
        router.detach(key, ben);
        router.deliver(new ParticipantId(2), TestFrames.solid(2, 2, 0, 1));
        assertThat(ben.frames).isEmpty();
    }
}
