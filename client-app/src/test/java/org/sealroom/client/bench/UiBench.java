package org.sealroom.client.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.sealroom.client.session.ClientServices;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.Role;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.settings.SettingsStore;
import org.sealroom.client.ui.SealroomApp;
import org.sealroom.client.ui.UiExecutors;
import org.sealroom.client.ui.fakes.FakeDeviceService;
import org.sealroom.client.ui.fakes.FakeIdentityService;
import org.sealroom.client.ui.fakes.FakeMeetingSession;
import org.sealroom.client.ui.fakes.FakeSessionService;
import org.sealroom.client.ui.fakes.TestFrames;
import org.sealroom.client.ui.meeting.MeetingView;
import org.sealroom.client.ui.meeting.video.VideoStage;
import org.sealroom.client.ui.meeting.video.VideoTile;
import org.testfx.api.FxToolkit;

/**
 * {@code ./sealroom bench ui}: the real meeting window (hosted from the home screen, as a user would) with a 3x3 grid of
 * nine participants, each fed 640x360 premultiplied-ARGB frames at 30 fps from a thread of its own, as a session's
 * decoder threads deliver them. Decoding is not part of this bench: the frames are made once up front, so the numbers
 * are the UI's share alone (copy into the tile's slot, pulse, layout, render). The same run first measures one tile as
 * the baseline.
 *
 * <p>Lines: frames delivered and frames shown (a tile's image changed on a pulse: with triple buffering every new frame
 * is a different slot image, and a tile shows at most one new frame per pulse) per second over all tiles; the lowest
 * per-tile shown rate; FX pulses per second and the gap between consecutive pulses (p50, p99; 16.7 ms is the 60 Hz
 * pulse); the process's CPU as a share of both cores, and the FX and render threads' CPU (which one holds the pulse
 * back); and the 1-minute load average, since other work on the machine skews every line.
 *
 * <p>Caveat: this runs on Monocle's headless platform with Prism's software pipeline ({@code prism.order=sw}), where
 * scaling each 640x360 picture into its tile (smooth filtering) and compositing the scene are done by the CPU. On a
 * desktop the ES2/D3D pipeline does that on the GPU, so real pulse gaps and CPU are lower than here: treat these
 * numbers as a pessimistic bound, not what a user sees.
 */
public final class UiBench {

    private static final int FPS = 30;
    private static final int FRAME_WIDTH = 640;
    private static final int FRAME_HEIGHT = 360;
    private static final double WINDOW_WIDTH = 1440;
    private static final double WINDOW_HEIGHT = 900;
    private static final long WARMUP_MILLIS = 5_000;
    private static final long MEASURE_MILLIS = 15_000;
    private static final int PATIENCE_SECONDS = 30;
    private static final int[][] HUES = {
        {0x6B7F99, 0x2F4A6B}, {0x8E9A7B, 0x5B3A29}, {0xA38D7A, 0x1F5F5B}, {0x7A8FA3, 0x7A2E3B}, {0x9B8AA6, 0x3C5A2E},
        {0x8A9E9B, 0x6A4C8C}, {0xA6977A, 0x2B3F73}, {0x7F8C8D, 0x8C5A2B}, {0x94A0B5, 0x404040},
    };

    private final FakeMeetingSession session =
            new FakeMeetingSession(FakeMeetingSession.info("Bench", true), SessionPhase.IN_MEETING);
    private final List<ParticipantInfo> people = new ArrayList<>();
    private final List<VideoFrame> pictures = new ArrayList<>();
    private final PulseWatch pulses = new PulseWatch();
    private SealroomApp app;
    private Stage stage;

    public static void main(String[] args) throws Exception {
        useHeadlessToolkit();
        UiBench bench = new UiBench();
        try {
            bench.start();
            Result one = bench.run(1);
            Result nine = bench.run(VideoStage.MAX_GRID_TILES);
            one.print("ui_1tile");
            nine.print("ui_9tile");
            line("ui_9tile_over_1tile_cpu_ratio", nine.cpuPct / one.cpuPct);
            line("load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            bench.stop();
        }
        System.exit(0); // the FX toolkit and TestFX leave non-daemon threads behind
    }

    /** The same headless setup the UI tests use (client-app/pom.xml, surefire); must precede the toolkit's start. */
    private static void useHeadlessToolkit() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }

    private void start() throws Exception {
        for (int i = 0; i < VideoStage.MAX_GRID_TILES; i++) {
            people.add(FakeMeetingSession.person(i + 1, "Person " + (i + 1), i == 0 ? Role.HOST : Role.MEMBER, i == 0));
            pictures.add(TestFrames.portrait(FRAME_WIDTH, FRAME_HEIGHT, HUES[i][0], HUES[i][1], 0));
        }
        session.setParticipants(people.subList(0, 1));
        FakeSessionService sessions = new FakeSessionService().onHost(options -> session);
        SettingsStore settings = new SettingsStore(Files.createTempDirectory("sealroom-uibench"));
        settings.save(Settings.DEFAULTS.withDisplayName("Person 1"));
        ClientServices services = new ClientServices(sessions, FakeIdentityService.loaded(), new FakeDeviceService());
        stage = FxToolkit.registerPrimaryStage();
        app = (SealroomApp) FxToolkit.setupApplication(
                () -> new SealroomApp(services, settings, UiExecutors.forApplication()));
        await("the home screen", () -> stage.getScene() != null && stage.getScene().lookup("#newMeetingButton") != null);
        onFx(() -> {
            ((Button) stage.getScene().lookup("#newMeetingButton")).fire();
            return null;
        });
        await("the meeting window", () -> app.navigator().orElseThrow().current() instanceof MeetingView);
        onFx(() -> {
            stage.setWidth(WINDOW_WIDTH);
            stage.setHeight(WINDOW_HEIGHT);
            pulses.start();
            return null;
        });
    }

    private VideoStage videoStage() {
        return ((MeetingView) app.navigator().orElseThrow().current()).videoStage();
    }

    /** Shows {@code count} tiles, feeds each at 30 fps, warms up, then measures. */
    private Result run(int count) throws Exception {
        List<ParticipantInfo> roster = List.copyOf(people.subList(0, count));
        CompletableFuture.runAsync(() -> session.setParticipants(roster)).join(); // from a session thread
        await(count + " tiles in the grid, all wanting every frame", () -> {
            List<VideoTile> tiles = videoStage().tiles();
            return tiles.size() == count && tiles.stream().allMatch(t -> t.isVisible() && t.demand() == VideoDemand.FULL);
        });
        List<VideoTile> tiles = onFx(() -> videoStage().tiles());
        AtomicLong delivered = new AtomicLong();
        ScheduledExecutorService feeders = Executors.newScheduledThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "bench-decoder");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong frameNumber = new AtomicLong();
        for (int i = 0; i < count; i++) {
            ParticipantInfo person = roster.get(i);
            VideoFrame picture = pictures.get(i);
            // Staggered like independent senders; a new record per frame, the pixels shared (decoding is not measured).
            feeders.scheduleAtFixedRate(() -> {
                session.deliverFrame(person.id(), new VideoFrame(VideoFrame.Source.CAMERA, picture.width(),
                        picture.height(), picture.argbPremultiplied(), frameNumber.incrementAndGet()));
                delivered.incrementAndGet();
            }, i * 1_000_000_000L / FPS / count, 1_000_000_000L / FPS, TimeUnit.NANOSECONDS);
        }
        Thread.sleep(WARMUP_MILLIS);

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        onFx(() -> {
            pulses.begin(tiles);
            return null;
        });
        long deliveredBefore = delivered.get();
        ThreadCpu fxThreads = ThreadCpu.of("JavaFX Application Thread", "QuantumRenderer");
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        long[] fxCpu = fxThreads.usedSince();
        long deliveredCount = delivered.get() - deliveredBefore;
        PulseWatch.Window window = onFx(pulses::end);
        feeders.shutdownNow();
        feeders.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS);

        double seconds = wall / 1e9;
        return new Result(deliveredCount / seconds, window.shownTotal() / seconds, window.shownMin() / seconds,
                window.gaps().length / seconds,
                window.gapPercentileMillis(0.50), window.gapPercentileMillis(0.99),
                100.0 * cpu / (wall * (double) os.getAvailableProcessors()), 100.0 * fxCpu[0] / wall,
                100.0 * fxCpu[1] / wall);
    }

    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Platform.exit();
    }

    private record Result(double delivered, double shown, double shownMinTile, double pulsesPerSecond,
            double pulseP50, double pulseP99,
            double cpuPct, double fxThreadPct, double rendererPct) {
        void print(String prefix) {
            line(prefix + "_frames_delivered_per_s", delivered);
            line(prefix + "_frames_shown_per_s", shown);
            line(prefix + "_min_tile_shown_fps", shownMinTile);
            line(prefix + "_fx_pulses_per_s", pulsesPerSecond);
            line(prefix + "_fx_pulse_p50_ms", pulseP50);
            line(prefix + "_fx_pulse_p99_ms", pulseP99);
            line(prefix + "_cpu_pct_of_2_cores", cpuPct);
            line(prefix + "_fx_thread_cpu_pct_of_1_core", fxThreadPct);
            line(prefix + "_render_thread_cpu_pct_of_1_core", rendererPct);
        }
    }

    /** CPU time of the FX thread and of Prism's render thread: says which of the two holds the pulse back. */
    private record ThreadCpu(long[] ids, long[] before) {
        static ThreadCpu of(String... namePrefixes) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] ids = new long[namePrefixes.length];
            for (int i = 0; i < namePrefixes.length; i++) {
                String prefix = namePrefixes[i];
                ids[i] = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                        .findFirst().orElseThrow(() -> new IllegalStateException("No thread named " + prefix + "*"))
                        .threadId();
            }
            return new ThreadCpu(ids, Arrays.stream(ids).map(threads::getThreadCpuTime).toArray());
        }

        long[] usedSince() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] used = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                used[i] = threads.getThreadCpuTime(ids[i]) - before[i];
            }
            return used;
        }
    }

    /**
     * Runs on every FX pulse: records the gap since the previous pulse and, per tile, whether its image changed. It
     * runs throughout so that it does not itself start or stop the pulse.
     */
    private static final class PulseWatch extends AnimationTimer {
        private final long[] gaps = new long[(int) (MEASURE_MILLIS / 5)];
        private final Map<VideoTile, Image> lastImage = new IdentityHashMap<>();
        private final Map<VideoTile, long[]> shown = new IdentityHashMap<>();
        private int gapCount;
        private long previous;
        private boolean measuring;

        void begin(List<VideoTile> tiles) {
            lastImage.clear();
            shown.clear();
            tiles.forEach(tile -> {
                lastImage.put(tile, tile.shownImage());
                shown.put(tile, new long[1]);
            });
            gapCount = 0;
            previous = 0;
            measuring = true;
        }

        Window end() {
            measuring = false;
            long[] perTile = shown.values().stream().mapToLong(c -> c[0]).toArray();
            return new Window(Arrays.copyOf(gaps, gapCount), perTile);
        }

        @Override
        public void handle(long pulseNanos) {
            if (!measuring) {
                return;
            }
            long now = System.nanoTime();
            if (previous != 0 && gapCount < gaps.length) {
                gaps[gapCount++] = now - previous;
            }
            previous = now;
            lastImage.replaceAll((tile, before) -> {
                Image current = tile.shownImage();
                if (current != null && current != before) {
                    shown.get(tile)[0]++;
                }
                return current;
            });
        }

        record Window(long[] gaps, long[] shownPerTile) {
            long shownTotal() {
                return Arrays.stream(shownPerTile).sum();
            }

            long shownMin() {
                return Arrays.stream(shownPerTile).min().orElse(0);
            }

            double gapPercentileMillis(double quantile) {
                if (gaps.length == 0) {
                    return Double.NaN;
                }
                long[] sorted = gaps.clone();
                Arrays.sort(sorted);
                return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
            }
        }
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The UI never showed " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void line(String name, double value) {
        System.out.println(name + ": " + String.format(Locale.ROOT, "%.2f", value));
    }
}
