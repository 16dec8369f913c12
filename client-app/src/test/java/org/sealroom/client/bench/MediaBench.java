package org.sealroom.client.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.media.KeyframeRequestRouter;
import org.sealroom.client.media.MediaOut;
import org.sealroom.client.media.SyntheticMediaSender;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.EpochKeyRing;
import org.sealroom.crypto.epoch.EpochKeys;
import org.sealroom.crypto.epoch.MeetingKey;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.epoch.SuitePolicy;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.sframe.SFrameReceiver;
import org.sealroom.crypto.sframe.SFrameSender;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.recording.MeetingRecorder;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;

/**
 * {@code ./sealroom bench media}: the media engine's own lines (codec CPU per stream, and its media-only loopback
 * latency, renamed {@code media_only_*}), then the full path between two clients in this process:
 * capture → encode → protect (SFrame) → real relay over TLS/UDP on loopback → unprotect → jitter buffer → decode,
 * with the synthetic 640x360 stamped test pattern and tone. Latency is read from the stamps of decoded pictures.
 *
 * <p>{@code e2ee_share_of_media_cpu}: the CPU of protecting and unprotecting exactly the media frames sent during the
 * measured window (same sizes, streams and cipher suites as the meeting layer uses, replayed through crypto-core's
 * SFrame code on one thread) over the CPU all client threads spent in that window (capture, codecs, E2EE, transport,
 * playout; the relay's threads are left out: the relay is another machine in real life). As a cross-check measured on
 * the live path, {@code protect_and_send_call_share_of_media_cpu} is the CPU spent inside the real protect-and-send
 * calls (which also hand each datagram to the transport's event loop), over the same denominator: an upper bound
 * for the protect half. Media goes over UDP when the relay's probe gets through ({@code MediaPolicy.AUTO}).
 */
public final class MediaBench {

    private static final long WARM_UP_MILLIS = 4_000;
    private static final long WINDOW_MILLIS = 20_000;
    private static final Set<String> MEDIA_ONLY = Set.of("pipeline_latency_ms_p50", "pipeline_latency_ms_p99",
            "pipeline_latency_samples", "audio_pipeline_latency_ms_p50", "audio_pipeline_latency_ms_p99",
            "video_jitter_target_ms", "audio_jitter_target_ms", "load_average_1min");
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        mediaEngineBench();
        FullPath full = fullPath();
        print("pipeline_latency_ms_p50", percentile(full.videoLatencyMs(), 50));
        print("pipeline_latency_ms_p99", percentile(full.videoLatencyMs(), 99));
        print("pipeline_latency_samples", full.videoLatencyMs().size());
        print("audio_pipeline_latency_ms_p50", percentile(full.audioLatencyMs(), 50));
        print("audio_pipeline_latency_ms_p99", percentile(full.audioLatencyMs(), 99));
        double replayMs = replayProtection(full.sentPayloads()) / 1e6;
        double mediaMs = full.clientCpuNanos() / 1e6;
        print("media_cpu_ms_per_s", mediaMs / (WINDOW_MILLIS / 1000.0));
        print("e2ee_cpu_ms_per_s", replayMs / (WINDOW_MILLIS / 1000.0));
        System.out.printf("e2ee_share_of_media_cpu: %.4f%n", replayMs / mediaMs);
        System.out.printf("protect_and_send_call_share_of_media_cpu: %.4f%n",
                full.sendCallCpuNanos() / 1e6 / mediaMs);
        RecordingCost recording = recordingCost();
        System.out.printf("recording_pct_core: %.2f%n", recording.recorderPct());
        System.out.printf("recording_baseline_meeting_pct_core: %.2f%n", recording.baselinePct());
        System.out.printf("recording_meeting_with_recording_pct_core: %.2f%n", recording.withRecordingPct());
        // Below 15 the recording thread was starved of CPU and skipped pictures (never sound): its cost reads low.
        System.out.printf("recording_video_frames_per_s: %.2f%n", recording.framesPerSecond());
        print("load_average_1min", OS.getSystemLoadAverage());
        System.exit(0);
    }

    // ---- the media engine's bench, in this run ----

    /**
     * Runs media-engine's {@code MediaBench} (from its test classes, next to ours in the source tree or at
     * {@code -Dsealroom.bench.media-engine-test-classes=DIR}) and prints its lines, renaming those that measure what
     * this bench measures on the full path.
     */
    private static void mediaEngineBench() throws Exception {
        Path classes = mediaEngineTestClasses();
        if (!Files.isDirectory(classes.resolve("org/sealroom/media/bench"))) {
            System.err.println("media-engine's bench is not built at " + classes + "; its lines are left out.");
            return;
        }
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                MediaBench.class.getClassLoader())) {
            System.setOut(new PrintStream(new RenamingLines(stdout), true, StandardCharsets.UTF_8));
            loader.loadClass("org.sealroom.media.bench.MediaBench").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        } finally {
            System.out.flush();
            System.setOut(stdout);
        }
    }

    private static Path mediaEngineTestClasses() throws Exception {
        String configured = System.getProperty("sealroom.bench.media-engine-test-classes");
        if (configured != null) {
            return Path.of(configured);
        }
        Path ours = Path.of(MediaBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ours.resolve("../../../media-engine/target/test-classes").normalize();
    }

    /** Passes {@code name: value} lines on, prefixing {@link #MEDIA_ONLY} names with {@code media_only_}. */
    private static final class RenamingLines extends OutputStream {
        private final PrintStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        RenamingLines(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            int colon = text.indexOf(':');
            String name = colon > 0 ? text.substring(0, colon) : text;
            out.println((MEDIA_ONLY.contains(name) ? "media_only_" : "") + text);
        }
    }

    // ---- the full path ----

    private record Payload(StreamKind stream, int size) {}

    private record FullPath(List<Double> videoLatencyMs, List<Double> audioLatencyMs, List<Payload> sentPayloads,
            long clientCpuNanos, long sendCallCpuNanos) {}

    private static FullPath fullPath() throws Exception {
        Path dir = Files.createTempDirectory("sealroom-media-bench");
        MediaClock clock = MediaClock.system();
        List<Double> videoMs = Collections.synchronizedList(new ArrayList<>());
        List<Double> audioMs = Collections.synchronizedList(new ArrayList<>());
        List<Payload> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sendCallCpu = new AtomicLong();
        Window window = new Window();
        try (LiveMeetingSession alice = service(dir.resolve("alice")).host(new HostOptions("Alice", "bench",
                Optional.empty(), true, false, MediaOptions.NONE));
             LiveMeetingSession bob = service(dir.resolve("bob")).join(JoinOptions.byLink("Bob",
                     alice.info().joinLink(), MediaOptions.NONE))) {
            awaitMeeting(alice, bob);
            ParticipantId aliceId = new ParticipantId(alice.peer().ownId());
            var listeners = bob.media().orElseThrow().receiver().listeners();
            listeners.addStampListener((from, source, stamp, decodedAt) -> {
                if (window.open() && from.equals(aliceId) && source == VideoFrame.Source.CAMERA) {
                    videoMs.add((decodedAt - stamp.captureMicros()) / 1000.0);
                }
            });
            listeners.addAudioListener((from, frame) -> {
                if (window.open() && from.equals(aliceId) && frame.rms() > 0) {
                    audioMs.add((clock.nowMicros() - frame.timestampMicros()) / 1000.0);
                }
            });
            MediaOut timed = (stream, sequence, payload) -> {
                if (!window.open()) {
                    return alice.sendMedia(stream, sequence, payload);
                }
                long before = THREADS.getCurrentThreadCpuTime();
                boolean queued = alice.sendMedia(stream, sequence, payload);
                sendCallCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - before);
                if (queued) {
                    sent.add(new Payload(stream, payload.length));
                }
                return queued;
            };
            MediaEngine engine = new MediaEngine(clock);
            KeyframeRequestRouter keyframes = new KeyframeRequestRouter(clock);
            alice.addDataHandler(keyframes);
            try (SyntheticMediaSender media = SyntheticMediaSender.start(engine, timed, keyframes, 440, true, true)) {
                Thread.sleep(WARM_UP_MILLIS);
                Map<Long, Long> before = clientThreadCpu();
                window.open(true);
                Thread.sleep(WINDOW_MILLIS);
                window.open(false);
                Map<Long, Long> after = clientThreadCpu();
                long cpu = 0;
                for (Map.Entry<Long, Long> thread : after.entrySet()) {
                    cpu += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
                }
                return new FullPath(List.copyOf(videoMs), List.copyOf(audioMs), List.copyOf(sent), cpu,
                        sendCallCpu.get());
            }
        }
    }

    /** Whether measurements are being taken. */
    private static final class Window {
        private volatile boolean open;

        boolean open() {
            return open;
        }

        void open(boolean value) {
            open = value;
        }
    }

    /** CPU time so far of every live thread but the relay server's, by thread id. */
    private static Map<Long, Long> clientThreadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && !infos[i].getThreadName().startsWith("sealroom-relay-io")
                    && !infos[i].getThreadName().startsWith("sealroom-relay-accept")) {
                long nanos = THREADS.getThreadCpuTime(ids[i]);
                if (nanos >= 0) {
                    cpu.put(ids[i], nanos);
                }
            }
        }
        return cpu;
    }

    private static void awaitMeeting(LiveMeetingSession alice, LiveMeetingSession bob) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(bob.phase() == SessionPhase.IN_MEETING && alice.e2ee().epoch() == bob.e2ee().epoch()
                && alice.participants().size() == 2)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the two clients did not meet");
            }
            Thread.sleep(20);
        }
    }

    private static LiveSessionService service(Path data) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        return new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO));
    }

    // ---- recording ----

    private static final long RECORDING_WINDOW_MILLIS = 10_000;

    /**
     * @param recorderPct      CPU of the recording thread (mix, layout, VP8 + Opus, muxing) over wall time, in % of
     *                         one core
     * @param baselinePct      CPU of this whole process (three clients with synthetic media, decoding each other, and
     *                         the relay) without recording, in % of one core: what the recorder adds to
     * @param withRecordingPct the same with the host recording
     */
    private record RecordingCost(double recorderPct, double baselinePct, double withRecordingPct,
            double framesPerSecond) {}

    /** A host and two participants with synthetic media; the same window measured without and with the host recording. */
    private static RecordingCost recordingCost() throws Exception {
        Path dir = Files.createTempDirectory("sealroom-recording-bench");
        MediaOptions synthetic = new MediaOptions(MediaOptions.Mode.SYNTHETIC, true, true);
        try (LiveMeetingSession host = service(dir.resolve("host")).host(new HostOptions("Host", "bench",
                Optional.empty(), true, false, synthetic));
             LiveMeetingSession alice = service(dir.resolve("alice")).join(JoinOptions.byLink("Alice",
                     host.info().joinLink(), synthetic));
             LiveMeetingSession bob = service(dir.resolve("bob")).join(JoinOptions.byLink("Bob",
                     host.info().joinLink(), synthetic))) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (host.media().orElseThrow().stats().size() < 2 || alice.participants().size() < 3
                    || bob.participants().size() < 3) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the three clients did not meet");
                }
                Thread.sleep(50);
            }
            Thread.sleep(WARM_UP_MILLIS);
            double baseline = processPct(() -> Thread.sleep(RECORDING_WINDOW_MILLIS));
            var recording = host.localRecording().orElseThrow();
            recording.start(dir.resolve("bench.webm"));
            try {
                Thread.sleep(2_000);
                long[] recorderCpu = new long[2];
                long[] frames = new long[2];
                double withRecording = processPct(() -> {
                    recorderCpu[0] = recorderThreadCpu();
                    frames[0] = recording.status().videoFrames();
                    Thread.sleep(RECORDING_WINDOW_MILLIS);
                    recorderCpu[1] = recorderThreadCpu();
                    frames[1] = recording.status().videoFrames();
                });
                double recorder = 100.0 * (recorderCpu[1] - recorderCpu[0]) / (RECORDING_WINDOW_MILLIS * 1e6);
                return new RecordingCost(recorder, baseline, withRecording,
                        (frames[1] - frames[0]) / (RECORDING_WINDOW_MILLIS / 1000.0));
            } finally {
                recording.stop();
            }
        }
    }

    private interface Measured {
        void run() throws Exception;
    }

    private static double processPct(Measured window) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        window.run();
        return 100.0 * (OS.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
    }

    private static long recorderThreadCpu() {
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().equals(MeetingRecorder.THREAD_NAME)) {
                return THREADS.getThreadCpuTime(ids[i]);
            }
        }
        throw new IllegalStateException("no recording thread");
    }

    // ---- E2EE cost of what was sent ----

    /**
     * Protects and unprotects, on this thread, frames of the sizes and streams sent in the window, the way the meeting
     * layer does (SFrame with the stream id as metadata, a fresh output buffer per frame, the default suites), once to
     * warm up and once measured; returns the measured thread CPU in nanoseconds.
     */
    private static long replayProtection(List<Payload> payloads) throws Exception {
        replay(payloads);
        long before = THREADS.getCurrentThreadCpuTime();
        replay(payloads);
        return THREADS.getCurrentThreadCpuTime() - before;
    }

    private static void replay(List<Payload> payloads) throws Exception {
        MeetingKey key = MeetingKey.generate();
        try (EpochKeys keys = EpochKeys.derive(Epoch.FIRST, key);
             EpochKeyRing ring = new EpochKeyRing(SuitePolicy.DEFAULT)) {
            ring.install(Epoch.FIRST, key);
            SFrameReceiver receiver = new SFrameReceiver(ring);
            Map<StreamKind, SFrameSender> senders = new HashMap<>();
            byte[] plaintext = new byte[64 * 1024];
            Arrays.fill(plaintext, (byte) 0x5a);
            for (Payload payload : payloads) {
                SFrameSender sender = senders.computeIfAbsent(payload.stream(),
                        stream -> keys.newSender(0, stream, SuitePolicy.DEFAULT));
                byte[] metadata = {(byte) payload.stream().context()};
                ByteBuffer frame = ByteBuffer.allocate(sender.maxProtectedLength(payload.size()));
                sender.protect(ByteBuffer.wrap(plaintext, 0, payload.size()), ByteBuffer.wrap(metadata), frame);
                byte[] wire = Arrays.copyOf(frame.array(), frame.position());
                ByteBuffer plain = ByteBuffer.allocate(wire.length);
                receiver.unprotect(ByteBuffer.wrap(wire), ByteBuffer.wrap(metadata), plain);
                if (plain.position() != payload.size()) {
                    throw new IllegalStateException("replayed frame did not round-trip");
                }
                Arrays.copyOf(plain.array(), plain.position());
            }
        }
    }

    // ---- output ----

    private static double percentile(List<Double> values, double percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }

    private static void print(String name, double value) {
        System.out.printf("%s: %.2f%n", name, value);
    }
}
