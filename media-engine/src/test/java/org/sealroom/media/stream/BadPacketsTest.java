package org.sealroom.media.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.pipeline.StageStats;
import org.sealroom.media.support.VirtualClock;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;
import org.sealroom.media.video.TestPattern;

/**
 * Corrupt packets mixed into real streams (headers near the stream's own timeline, random payloads) are dropped and
 * counted, or cost a keyframe request; the real media keeps playing and no garbage reaches the screen.
 */
class BadPacketsTest {
    private static MediaPacket garbage(Random random, int stream, long now) {
        byte[] payload = new byte[random.nextInt(1300)];
        random.nextBytes(payload);
        return new MediaPacket(random.nextInt(4) == 0 ? stream + 1 : stream, random.nextInt(),
                Math.max(0, now + random.nextLong(200_000) - 100_000), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), payload);
    }

    @Test
    void audioSurvivesGarbagePackets() {
        VirtualClock clock = new VirtualClock(0);
        Random random = new Random(99);
        ToneGenerator tone = new ToneGenerator(500, -12);
        List<PcmFrame> played = new ArrayList<>();
        try (AudioReceiveStream receiver = new AudioReceiveStream(1, clock, SyncGroup.standalone(), f -> { });
             AudioSendStream sender = new AudioSendStream(1, OpusSettings.voice(), null, false, receiver)) {
            for (long t = 0; t < 3_000_000; t += 20_000) {
                clock.set(t);
                sender.accept(tone.next(t));
                for (int i = 0; i < 5; i++) {
                    receiver.send(garbage(random, 1, t));
                }
                played.add(receiver.playout(t + 10_000));
            }
            long dropped = receiver.stats().stream().mapToLong(StageStats::droppedTotal).sum();
            assertThat(dropped).isGreaterThan(300);
            assertThat(played.subList(10, played.size())).allSatisfy(f -> assertThat(f.rms()).isGreaterThan(1000));
        }
    }

    @Test
    void videoSurvivesGarbagePackets() {
        VirtualClock clock = new VirtualClock(0);
        Random random = new Random(98);
        List<FrameStamp> shown = new ArrayList<>();
        List<I420Frame> unreadable = new ArrayList<>();
        VideoSendStream[] sender = new VideoSendStream[1];
        try (VideoReceiveStream receiver = new VideoReceiveStream(1, clock, SyncGroup.standalone(),
                id -> sender[0].requestKeyframe(),
                p -> FrameStampCodec.read(p).ifPresentOrElse(shown::add, () -> unreadable.add(p)))) {
            sender[0] = VideoSendStream.camera(1, receiver);
            for (int n = 0; n < 90; n++) {
                long t = n * 33_333L;
                clock.set(t);
                sender[0].accept(TestPattern.render(640, 360, new FrameStamp(n, t)));
                for (int i = 0; i < 5; i++) {
                    receiver.send(garbage(random, 1, t));
                }
                receiver.render(t);
            }
            clock.set(3_000_000);
            receiver.render(3_000_000);
            long dropped = receiver.stats().stream().mapToLong(StageStats::droppedTotal).sum();
            assertThat(dropped).isGreaterThan(100);
            assertThat(unreadable).as("no garbage reached the screen").isEmpty();
            assertThat(shown.size()).isGreaterThan(30);
            sender[0].close();
        }
    }
}
