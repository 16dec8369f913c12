package org.sealroom.media.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.media.MediaClock;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.WebmSettings;
import org.sealroom.media.support.Ffprobe;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.TestPattern;

/** The recorder with real codecs and FFmpeg's muxer, checked by the system's ffprobe. */
class MeetingRecorderTest {

    private static final long GB = 1L << 30;
    private static final WebmSettings SMALL = WebmSettings.meeting().withSize(640, 360);

    @TempDir
    Path dir;

    private final MediaClock clock = MediaClock.system();

    @Test
    void writesVp8AndOpusThatFfprobeReadsWithTheRecordedLength() throws Exception {
        Path file = dir.resolve("meeting 12:00 Ünïcode.webm");
        try (MeetingRecorder recorder = MeetingRecorder.start(file, SMALL, clock, () -> 10 * GB,
                DiskSpaceLimits.defaults(), RecordingObserver.NONE)) {
            feed(recorder, () -> recorder.stats().recordedMillis() >= 1500);
        }
        assertThat(Ffprobe.codecs(file)).containsExactly("vp8", "opus");
        double seconds = Ffprobe.duration(file);
        assertThat(seconds).isBetween(1.4, 3.0);
    }

    @Test
    void refusesToStartWithTooLittleFreeSpace() {
        Path file = dir.resolve("never.webm");
        DiskSpaceLimits limits = DiskSpaceLimits.defaults();
        assertThatThrownBy(() -> MeetingRecorder.start(file, SMALL, clock, () -> limits.refuseBelow() - 1, limits,
                RecordingObserver.NONE))
                .isInstanceOf(RecordingException.class)
                .hasMessageContaining("MB are free").hasMessageContaining("at least 200 MB");
        assertThat(file).doesNotExist();
    }

    @Test
    void warnsThenStopsAndFinishesTheFileWhenTheDiskRunsLow() throws Exception {
        Path file = dir.resolve("low.webm");
        DiskSpaceLimits limits = DiskSpaceLimits.defaults();
        AtomicLong free = new AtomicLong(10 * GB);
        List<String> events = new CopyOnWriteArrayList<>();
        RecordingObserver observer = new RecordingObserver() {
            @Override
            public void diskSpaceLow(long usableBytes) {
                events.add("low " + usableBytes);
            }

            @Override
            public void stoppedByItself(StopReason reason, String message) {
                events.add(reason + ": " + message);
            }
        };
        try (MeetingRecorder recorder = MeetingRecorder.start(file, SMALL, clock, free::get, limits, observer)) {
            feed(recorder, () -> recorder.stats().recordedMillis() >= 1200);
            free.set(limits.warnBelow() - 1);
            feed(recorder, () -> !events.isEmpty());
            assertThat(events).containsExactly("low " + (limits.warnBelow() - 1));
            free.set(limits.stopBelow() - 1);
            // The recorder stops, then tells its observer: wait for both.
            feed(recorder, () -> recorder.stats().state() == RecordingStats.State.STOPPED && events.size() >= 2);
            assertThat(events).hasSize(2);
            assertThat(events.get(1)).startsWith("DISK_FULL: Recording stopped and saved");
        }
        assertThat(Ffprobe.codecs(file)).containsExactly("vp8", "opus");
        assertThat(Ffprobe.duration(file)).isGreaterThan(1.0); // the trailer was written
    }

    @Test
    void aPausedRecordingKeepsItsTimelineStill() throws Exception {
        Path file = dir.resolve("paused.webm");
        try (MeetingRecorder recorder = MeetingRecorder.start(file, SMALL, clock, () -> 10 * GB,
                DiskSpaceLimits.defaults(), RecordingObserver.NONE)) {
            feed(recorder, () -> recorder.stats().recordedMillis() >= 400);
            recorder.pause();
            long atPause = recorder.stats().recordedMillis();
            Thread.sleep(300);
            long whilePaused = recorder.stats().recordedMillis();
            recorder.resume();
            feed(recorder, () -> recorder.stats().recordedMillis() >= whilePaused + 400);
            assertThat(whilePaused).isBetween(atPause, atPause + 20); // at most the tick in flight
            assertThat(recorder.stats().state()).isEqualTo(RecordingStats.State.RECORDING);
        }
        assertThat(Ffprobe.duration(file)).isBetween(0.7, 1.6);
    }

    @Test
    void aFileThatCannotBeCreatedIsAClearError() {
        Path file = dir.resolve("missing-dir").resolve("x.webm");
        assertThatThrownBy(() -> MeetingRecorder.start(file, SMALL, clock, () -> 10 * GB, DiskSpaceLimits.defaults(),
                RecordingObserver.NONE)).isInstanceOf(RecordingException.class).hasMessageContaining("Cannot record");
    }

    /** Sends two participants' tone and test pattern in real time until {@code done}. */
    private void feed(MeetingRecorder recorder, BooleanSupplier done) throws InterruptedException {
        recorder.participant(1, "Alice");
        recorder.participant(2, "Bob");
        ToneGenerator a = new ToneGenerator(440, -20);
        ToneGenerator b = new ToneGenerator(660, -20);
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int tick = 0; !done.getAsBoolean(); tick++) {
            assertThat(System.nanoTime()).as("recorder made progress").isLessThan(deadline);
            recorder.audio(1, a.next(clock.nowMicros()));
            recorder.audio(2, b.next(clock.nowMicros()));
            if (tick % 3 == 0) {
                recorder.camera(1, TestPattern.render(640, 360, new FrameStamp(tick, clock.nowMicros())));
                recorder.camera(2, TestPattern.render(320, 240, new FrameStamp(tick, clock.nowMicros())));
            }
            Thread.sleep(20);
        }
    }
}
