package org.sealroom.media.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.jitter.AudioJitterStats;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.support.LossyPath;
import org.sealroom.media.support.Percentiles;
import org.sealroom.media.support.ToneAnalysis;
import org.sealroom.media.support.VirtualClock;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;
import org.sealroom.media.video.PictureQuality;
import org.sealroom.media.video.TestPattern;

/**
 * Encode -> packetize -> a seeded lossy, jittery path (5 % loss, 10 ms + up to 30 ms jitter) -> jitter buffer -> decode,
 * with real Opus and VP8, on a virtual clock so every run is the same.
 *
 * <p>Stated bounds: audio plays 20 ms every 20 ms once started and is never silent (concealment fills the gaps; at most
 * 1 % of frames, those after back-to-back losses, fade by more than 20 dB), mean tone SNR >= 15 dB, playout delay
 * p99 <= 150 ms. Video freezes at most 1 s after a loss, shows >= 60 % of the
 * frames, every shown frame carries an intact stamp, luma PSNR mean >= 30 dB, latency p99 <= 150 ms.
 */
class LossyJitteryPathTest {
    private static final int STREAM = 7;
    private static final long SECONDS = 10;
    private static final long BASE_DELAY = 10_000;
    private static final long JITTER = 30_000;
    private static final double LOSS = 0.05;
    private static final double TONE_RMS = 32767 * Math.pow(10, -12 / 20.0) / Math.sqrt(2);

    @Test
    void audioStaysContinuousWhileConcealmentFillsTheGaps() {
        VirtualClock clock = new VirtualClock(1_000_000);
        List<PcmFrame> played = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        ToneGenerator tone = new ToneGenerator(440, -12);
        try (AudioReceiveStream receiver = new AudioReceiveStream(STREAM, clock, SyncGroup.standalone(), f -> { })) {
            LossyPath path = new LossyPath(clock, 42, LOSS, BASE_DELAY, JITTER, receiver::send);
            AudioSendStream sender = new AudioSendStream(STREAM, OpusSettings.voice(), null, true, path);
            boolean started = false;
            for (long t = clock.nowMicros(); t < 1_000_000 + SECONDS * 1_000_000; t += 1_000) {
                clock.set(t);
                if (t % PcmFrame.FRAME_MICROS == 0) {
                    sender.accept(tone.next(t));
                }
                path.deliverDue();
                if (t % PcmFrame.FRAME_MICROS == 10_000) {
                    PcmFrame out = receiver.playout(t);
                    started |= out.rms() > 0;
                    if (started) {
                        played.add(out);
                        delays.add(t - out.timestampMicros());
                    }
                }
            }
            AudioJitterStats stats = receiver.jitterStats();
            assertThat(path.lost()).as("the path really lost packets").isGreaterThan(path.sent() * 3 / 100);
            assertThat(stats.recovered()).as("lost frames recovered from the next packet's copy").isGreaterThan(5);
            assertThat(stats.recovered() + stats.concealedLost()).as("every lost frame recovered or concealed")
                    .isGreaterThanOrEqualTo(path.lost() - 2);
            assertThat(played).as("a frame every 20 ms after start").hasSizeGreaterThan((int) (SECONDS * 50 - 10));
            assertThat(played).allSatisfy(f -> {
                assertThat(f.samples()).hasSize(PcmFrame.SAMPLES_PER_FRAME);
                assertThat(f.rms()).as("no gap of silence at %d", f.timestampMicros()).isGreaterThan(50);
            });
            long faded = played.stream().filter(f -> f.rms() < TONE_RMS / 10).count();
            assertThat(faded).as("frames faded by more than 20 dB (back-to-back losses)")
                    .isLessThanOrEqualTo(played.size() / 100);
            double meanSnr = Percentiles.mean(played.stream().map(f -> ToneAnalysis.toneSnrDb(f.samples(), 440))
                    .toList());
            assertThat(meanSnr).as("tone SNR, dB").isGreaterThanOrEqualTo(15);
            assertThat(Percentiles.of(delays, 99)).as("playout delay p99, µs").isLessThanOrEqualTo(150_000);
            assertThat(Percentiles.of(delays, 50)).as("playout delay p50, µs").isGreaterThanOrEqualTo(20_000);
            System.out.printf("audio: lost %d, recovered %d, concealed %d, played %d, late %d, SNR %.1f dB, delay"
                    + " p50 %.0f p99 %.0f µs%n", path.lost(), stats.recovered(), stats.concealedLost(), played.size(),
                    stats.droppedLate(), meanSnr, Percentiles.of(delays, 50), Percentiles.of(delays, 99));
            sender.close();
        }
    }

    @Test
    void videoRecoversAfterKeyframeRequestsAndStaysWithinQualityAndLatencyBounds() {
        VirtualClock clock = new VirtualClock(1_000_000);
        List<FrameStamp> shown = new ArrayList<>();
        List<Long> showTimes = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        List<Double> psnr = new ArrayList<>();
        int[] unreadable = {0};
        List<Long> pendingKeyframeRequests = new ArrayList<>();
        try (VideoReceiveStream receiver = new VideoReceiveStream(STREAM, clock, SyncGroup.standalone(),
                id -> pendingKeyframeRequests.add(clock.nowMicros() + BASE_DELAY), picture -> {
                    Optional<FrameStamp> stamp = FrameStampCodec.read(picture);
                    if (stamp.isEmpty()) {
                        unreadable[0]++;
                        return;
                    }
                    shown.add(stamp.get());
                    showTimes.add(clock.nowMicros());
                    latencies.add(clock.nowMicros() - stamp.get().captureMicros());
                    psnr.add(PictureQuality.psnrY(TestPattern.render(picture.width(), picture.height(), stamp.get()),
                            picture));
                })) {
            LossyPath path = new LossyPath(clock, 7, LOSS, BASE_DELAY, JITTER, receiver::send);
            try (VideoSendStream sender = VideoSendStream.camera(STREAM, path)) {
                int frameNumber = 0;
                long nextCapture = clock.nowMicros();
                for (long t = clock.nowMicros(); t < 1_000_000 + SECONDS * 1_000_000; t += 1_000) {
                    clock.set(t);
                    if (!pendingKeyframeRequests.isEmpty() && pendingKeyframeRequests.getFirst() <= t) {
                        pendingKeyframeRequests.removeFirst();
                        sender.requestKeyframe();
                    }
                    if (t >= nextCapture) {
                        I420Frame picture = TestPattern.render(640, 360, new FrameStamp(frameNumber++, t));
                        sender.accept(picture);
                        nextCapture += 1_000_000 / 30;
                    }
                    path.deliverDue();
                    if (t % 5_000 == 0) {
                        receiver.render(t);
                    }
                }
                assertThat(receiver.keyframeRequests()).as("loss led to keyframe requests").isGreaterThan(0);
                assertThat(sender.keyframesSent()).as("the sender answered them").isGreaterThan(1);
                assertThat(unreadable[0]).as("no damaged picture was shown").isZero();
                assertThat(shown.size()).as("frames shown of " + frameNumber).isGreaterThan(frameNumber * 60 / 100);
                for (int i = 1; i < shown.size(); i++) {
                    assertThat(shown.get(i).frameNumber()).isGreaterThan(shown.get(i - 1).frameNumber());
                    assertThat(showTimes.get(i) - showTimes.get(i - 1)).as("freeze before frame %d",
                            shown.get(i).frameNumber()).isLessThanOrEqualTo(1_000_000);
                }
                assertThat(shown.getLast().frameNumber()).as("still decoding at the end").isGreaterThan(frameNumber - 15);
                assertThat(Percentiles.mean(psnr)).as("mean luma PSNR, dB").isGreaterThanOrEqualTo(30);
                assertThat(Percentiles.of(latencies, 99)).as("latency p99, µs").isLessThanOrEqualTo(150_000);
                System.out.printf("video: shown %d/%d, keyframe requests %d, keyframes %d, PSNR mean %.1f min %.1f,"
                        + " latency p50 %.0f p99 %.0f µs%n", shown.size(), frameNumber, receiver.keyframeRequests(),
                        sender.keyframesSent(), Percentiles.mean(psnr), Percentiles.min(psnr),
                        Percentiles.of(latencies, 50), Percentiles.of(latencies, 99));
            }
        }
    }
}
