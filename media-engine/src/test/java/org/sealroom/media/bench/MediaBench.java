package org.sealroom.media.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import com.sun.management.OperatingSystemMXBean;
import org.sealroom.media.MediaClock;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.OpusDecoder;
import org.sealroom.media.codec.OpusEncoder;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.codec.Vp8Decoder;
import org.sealroom.media.codec.Vp8Encoder;
import org.sealroom.media.codec.Vp8Profile;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.stream.AudioReceiveStream;
import org.sealroom.media.stream.AudioSendStream;
import org.sealroom.media.stream.VideoReceiveStream;
import org.sealroom.media.stream.VideoSendStream;
import org.sealroom.media.support.Percentiles;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;
import org.sealroom.media.video.TestPattern;

/**
 * {@code ./sealroom bench media}: codec CPU per stream as a percentage of one core (process CPU time over the media
 * time encoded, after warm-up; baselines - making the synthetic input - measured the same way in the same run), and
 * media-only pipeline latency in real time over an in-process loopback (synthetic source -> encode -> packetize ->
 * jitter buffer -> decode; protect/relay/unprotect are added by client-app's bench).
 */
public final class MediaBench {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        audioCodecs();
        videoCodecs();
        pipelineLatency();
    }

    private static void audioCodecs() {
        int frames = 1500;
        ToneGenerator tone = new ToneGenerator(440, -12);
        List<PcmFrame> pcm = new ArrayList<>();
        double generatePct = pctOfCore(frames * PcmFrame.FRAME_MICROS, i -> pcm.add(tone.next(i * 20_000L)), frames);
        List<EncodedFrame> encoded = new ArrayList<>();
        try (OpusEncoder encoder = new OpusEncoder(OpusSettings.voice()); OpusDecoder decoder = new OpusDecoder()) {
            for (int i = 0; i < 250; i++) {
                decoder.decode(encoder.encode(pcm.get(i)));
            }
            double encodePct = pctOfCore(frames * PcmFrame.FRAME_MICROS, i -> encoded.add(encoder.encode(pcm.get(i))),
                    frames);
            double decodePct = pctOfCore(frames * PcmFrame.FRAME_MICROS, i -> decoder.decode(encoded.get(i)), frames);
            print("baseline_tone_generate_pct_core", generatePct);
            print("opus_encode_pct_core_per_stream", encodePct);
            print("opus_decode_pct_core_per_stream", decodePct);
        }
    }

    private static void videoCodecs() {
        int frames = 300;
        List<I420Frame> pictures = new ArrayList<>();
        double renderPct = pctOfCore(frames * 1_000_000L / 30,
                i -> pictures.add(TestPattern.render(640, 360, new FrameStamp(i, i * 33_333L))), frames);
        List<EncodedFrame> encoded = new ArrayList<>();
        try (Vp8Encoder encoder = new Vp8Encoder(Vp8Profile.camera(640, 360, 30, 600));
             Vp8Decoder decoder = new Vp8Decoder()) {
            for (int i = 0; i < 60; i++) {
                decoder.decode(encoder.encode(pictures.get(i).withTimestamp(i * 33_333L - 10_000_000L)));
            }
            encoder.requestKeyframe();
            double encodePct = pctOfCore(frames * 1_000_000L / 30, i -> encoded.add(encoder.encode(pictures.get(i))),
                    frames);
            double decodePct = pctOfCore(frames * 1_000_000L / 30, i -> decoder.decode(encoded.get(i)), frames);
            long bytes = encoded.stream().mapToLong(f -> f.data().length).sum();
            print("baseline_test_pattern_640x360_30fps_pct_core", renderPct);
            print("vp8_640x360_30fps_pct_core", encodePct);
            print("vp8_decode_640x360_30fps_pct_core", decodePct);
            print("vp8_640x360_30fps_kbps", bytes * 8 / 10.0 / 1000);
        }
    }

    /** Runs {@code work} for 0..n-1 and returns the process CPU it took as a percentage of {@code mediaMicros}. */
    private static double pctOfCore(long mediaMicros, IntConsumer work, int n) {
        long before = OS.getProcessCpuTime();
        for (int i = 0; i < n; i++) {
            work.accept(i);
        }
        long cpuNanos = OS.getProcessCpuTime() - before;
        return 100.0 * cpuNanos / 1000 / mediaMicros;
    }

    private static void pipelineLatency() throws InterruptedException {
        MediaClock clock = MediaClock.system();
        List<Double> videoLatencyMs = Collections.synchronizedList(new ArrayList<>());
        List<Double> audioLatencyMs = Collections.synchronizedList(new ArrayList<>());
        long measureFrom = clock.nowMicros() + 2_000_000;
        SyncGroup group = new SyncGroup();
        long[] targets = new long[2];
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(3);
        try (VideoReceiveStream videoIn = new VideoReceiveStream(1, clock, group.join(), id -> { }, picture -> {
                 long now = clock.nowMicros();
                 Optional<FrameStamp> stamp = FrameStampCodec.read(picture);
                 if (stamp.isPresent() && now > measureFrom) {
                     videoLatencyMs.add((now - stamp.get().captureMicros()) / 1000.0);
                 }
             });
             AudioReceiveStream audioIn = new AudioReceiveStream(2, clock, group.join(), frame -> { });
             VideoSendStream videoOut = VideoSendStream.camera(1, videoIn);
             AudioSendStream audioOut = new AudioSendStream(2, OpusSettings.voice(), null, false, audioIn)) {
            int[] frameNumber = {0};
            ToneGenerator tone = new ToneGenerator(440, -12);
            threads.scheduleAtFixedRate(() -> {
                long now = clock.nowMicros();
                videoOut.accept(TestPattern.render(640, 360, new FrameStamp(frameNumber[0]++, now)));
            }, 0, 33_333, TimeUnit.MICROSECONDS);
            threads.scheduleAtFixedRate(() -> audioOut.accept(tone.next(clock.nowMicros())), 0, 20_000,
                    TimeUnit.MICROSECONDS);
            threads.scheduleAtFixedRate(() -> {
                long now = clock.nowMicros();
                videoIn.render(now);
            }, 0, 2_000, TimeUnit.MICROSECONDS);
            threads.scheduleAtFixedRate(() -> {
                long now = clock.nowMicros();
                PcmFrame played = audioIn.playout(now);
                if (played.rms() > 0 && now > measureFrom) {
                    audioLatencyMs.add((now - played.timestampMicros()) / 1000.0);
                }
            }, 5_000, 20_000, TimeUnit.MICROSECONDS);
            Thread.sleep(12_000);
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.SECONDS);
            targets[0] = videoIn.jitterStats().targetDelayMicros();
            targets[1] = audioIn.jitterStats().targetDelayMicros();
        }
        print("pipeline_latency_ms_p50", Percentiles.of(videoLatencyMs, 50));
        print("pipeline_latency_ms_p99", Percentiles.of(videoLatencyMs, 99));
        print("pipeline_latency_samples", videoLatencyMs.size());
        print("audio_pipeline_latency_ms_p50", Percentiles.of(audioLatencyMs, 50));
        print("audio_pipeline_latency_ms_p99", Percentiles.of(audioLatencyMs, 99));
        // The jitter buffers' own view: how much scheduling jitter they had to absorb on this machine (floor 20 ms).
        print("video_jitter_target_ms", targets[0] / 1000.0);
        print("audio_jitter_target_ms", targets[1] / 1000.0);
        print("load_average_1min", OS.getSystemLoadAverage());
    }

    private static void print(String name, double value) {
        System.out.printf("%s: %.2f%n", name, value);
    }
}
