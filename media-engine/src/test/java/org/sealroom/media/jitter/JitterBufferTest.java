package org.sealroom.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.packet.ReceivedFrame;

class JitterBufferTest {
    private static final long FRAME = 20_000;

    private static ReceivedFrame audio(int index, long arrival) {
        return new ReceivedFrame(new EncodedFrame(index * FRAME, true, new byte[1]), index, index, arrival);
    }

    @Test
    void playsEveryFrameInOrderAfterTheMinimumDelay() {
        AudioJitterBuffer buffer = new AudioJitterBuffer();
        List<AudioPlayout> out = new ArrayList<>();
        for (int tick = 0; tick < 60; tick++) {
            long now = tick * FRAME;
            buffer.insert(audio(tick, now + 5_000));
            out.add(buffer.poll(now + 10_000));
        }
        List<Long> played = out.stream().filter(p -> p instanceof AudioPlayout.Play)
                .map(p -> ((AudioPlayout.Play) p).frame().timestampMicros()).toList();
        assertThat(played).hasSizeGreaterThan(55);
        for (int i = 1; i < played.size(); i++) {
            assertThat(played.get(i) - played.get(i - 1)).isEqualTo(FRAME);
        }
        AudioJitterStats stats = buffer.stats();
        assertThat(stats.targetDelayMicros()).isEqualTo(PlayoutDelayEstimator.MIN_TARGET_MICROS);
        assertThat(stats.concealedLost()).isZero();
    }

    @Test
    void concealsALostFrameAndTellsAPauseFromALoss() {
        AudioJitterBuffer buffer = new AudioJitterBuffer();
        List<AudioPlayout> out = new ArrayList<>();
        for (int tick = 0; tick < 20; tick++) {
            long now = tick * FRAME;
            if (tick != 5) {
                // frame 5 is lost: its sequence number is missing
                buffer.insert(audio(tick, now + 1_000));
            }
            out.add(buffer.poll(now + 30_000));
        }
        assertThat(out).contains(new AudioPlayout.Conceal(5 * FRAME, true));
        assertThat(buffer.stats().concealedLost()).isEqualTo(1);

        AudioJitterBuffer paused = new AudioJitterBuffer();
        for (int tick = 0; tick < 3; tick++) {
            paused.insert(new ReceivedFrame(new EncodedFrame(tick * FRAME, true, new byte[1]), tick, tick, tick * FRAME));
        }
        // DTX: the next packet (sequence 3) carries a timestamp 5 frames later
        paused.insert(new ReceivedFrame(new EncodedFrame(8 * FRAME, true, new byte[1]), 3, 3, 8 * FRAME));
        List<AudioPlayout> pausedOut = new ArrayList<>();
        for (int tick = 0; tick <= 8; tick++) {
            pausedOut.add(paused.poll(tick * FRAME + 20_000));
        }
        assertThat(pausedOut).contains(new AudioPlayout.Conceal(4 * FRAME, false));
        assertThat(paused.stats().concealedLost()).isZero();
        assertThat(paused.stats().concealedOther()).isEqualTo(5);
        assertThat(pausedOut.getLast()).isInstanceOf(AudioPlayout.Play.class);
    }

    @Test
    void growsItsDelayWithJitterWithinTheBounds() {
        AudioJitterBuffer buffer = new AudioJitterBuffer();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            buffer.insert(audio(i, i * FRAME + 10_000 + (long) (random.nextDouble() * 60_000)));
        }
        assertThat(buffer.stats().targetDelayMicros()).isBetween(55_000L, 70_000L);
        for (int i = 200; i < 400; i++) {
            buffer.insert(audio(i, i * FRAME + 10_000 + (long) (random.nextDouble() * 500_000)));
        }
        assertThat(buffer.stats().targetDelayMicros()).isEqualTo(PlayoutDelayEstimator.MAX_TARGET_MICROS);
    }

    @Test
    void dropsFramesThatArriveAfterTheirTurn() {
        AudioJitterBuffer buffer = new AudioJitterBuffer();
        buffer.insert(audio(0, 0));
        buffer.insert(audio(2, 40_000));
        buffer.poll(40_000);
        buffer.poll(60_000);
        buffer.insert(audio(1, 61_000));
        assertThat(buffer.stats().droppedLate()).isEqualTo(1);
    }

    @Test
    void videoReleasesFramesInCaptureOrderWhenDue() {
        VideoJitterBuffer buffer = new VideoJitterBuffer();
        buffer.insert(video(2, 33_000, 45_000));
        buffer.insert(video(1, 0, 50_000));
        assertThat(buffer.poll(40_000)).isEmpty();
        assertThat(buffer.poll(100_000)).extracting(ReceivedFrame::timestampMicros).containsExactly(0L, 33_000L);
        buffer.insert(video(0, -33_000, 101_000));
        assertThat(buffer.stats().droppedLate()).isEqualTo(1);
    }

    @Test
    void syncGroupPlaysAudioAndVideoCapturedTogetherAtTheSameTime() {
        SyncGroup sender = new SyncGroup();
        AudioJitterBuffer audio = new AudioJitterBuffer(sender.join());
        VideoJitterBuffer video = new VideoJitterBuffer(sender.join());
        // audio arrives 10 ms after capture, video 90 ms after (bigger frames, more packets)
        for (int i = 0; i < 50; i++) {
            audio.insert(audio(i, i * FRAME + 10_000));
        }
        video.insert(video(1, 200_000, 290_000));
        long videoShownAt = -1;
        long audioPlayedAt = -1;
        for (long now = 0; now < 1_000_000; now += 1_000) {
            if (videoShownAt < 0 && !video.poll(now).isEmpty()) {
                videoShownAt = now;
            }
            if (now % FRAME == 0 && audio.poll(now) instanceof AudioPlayout.Play play
                    && play.frame().timestampMicros() == 200_000) {
                audioPlayedAt = now;
            }
        }
        assertThat(videoShownAt).isPositive();
        assertThat(Math.abs(videoShownAt - audioPlayedAt)).as("lip sync").isLessThanOrEqualTo(FRAME);
    }

    private static ReceivedFrame video(int seq, long ts, long arrival) {
        return new ReceivedFrame(new EncodedFrame(ts, false, new byte[1]), seq, seq, arrival);
    }
}
