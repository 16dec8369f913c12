package org.sealroom.media.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.CodecException;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.codec.WebmSettings;
import org.sealroom.media.codec.WebmWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a meeting as one participant sees and hears it into a WebM file (VP8 + Opus). Media threads hand in each
 * participant's decoded sound and pictures; one recording thread ({@value #THREAD_NAME}) ticks every 20 ms on its own
 * clock: it mixes the sound ({@link AudioMix}, silence where nothing arrived, so the audio timeline has no gaps
 * whoever joins, leaves or loses packets), draws the layout when a picture is due ({@link LayoutComposer}) and writes
 * both ({@link WebmWriter}). Pausing stops the timeline; resuming continues it without a gap. Free disk space is
 * checked before the start and every second; the recording warns early and stops cleanly, finishing its file, before
 * the disk is full.
 */
public final class MeetingRecorder implements AutoCloseable {
    public static final String THREAD_NAME = "sealroom-recorder";
    static final int DISK_CHECK_TICKS = 50;
    /** A recording thread this far behind the clock skips pictures (not sound) until it has caught up. */
    static final long MAX_VIDEO_LAG_MICROS = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingRecorder.class);

    private final Path file;
    private final WebmSettings settings;
    private final MediaClock clock;
    private final FreeSpace freeSpace;
    private final DiskSpaceLimits limits;
    private final RecordingObserver observer;
    private final WebmWriter writer;
    private final AudioMix mix = new AudioMix();
    private final PictureBoard board = new PictureBoard();
    private final LayoutComposer composer;
    private final ScheduledExecutorService executor;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final long startMicros;
    private volatile Thread recordingThread;
    private volatile boolean stopRequested;
    /** Changed by pause/resume on any thread and by finish on the recording thread: always compare-and-set. */
    private final AtomicReference<RecordingStats.State> state = new AtomicReference<>(RecordingStats.State.RECORDING);
    private volatile long recordedTicks;
    private volatile long videoFrames;
    private long videoSlots; // recording thread only
    private volatile long bytes;
    private boolean warnedLowSpace; // recording thread only
    private long ticks; // recording thread only

    private MeetingRecorder(Path file, WebmSettings settings, MediaClock clock, FreeSpace freeSpace,
            DiskSpaceLimits limits, RecordingObserver observer) {
        this.file = file;
        this.settings = settings;
        this.clock = clock;
        this.freeSpace = freeSpace;
        this.limits = limits;
        this.observer = observer;
        try {
            this.writer = new WebmWriter(file, settings);
        } catch (CodecException e) {
            throw new RecordingException("Cannot record to " + file + ": " + e.getMessage(), e);
        }
        this.composer = new LayoutComposer(settings.width(), settings.height());
        this.startMicros = clock.nowMicros();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, THREAD_NAME);
            thread.setDaemon(true);
            recordingThread = thread;
            return thread;
        });
    }

    /**
     * Starts recording into {@code file} (created or replaced). Throws a {@link RecordingException} with a message
     * for the user when there is too little free space ({@link DiskSpaceLimits#refuseBelow()}) or the file cannot be
     * written.
     */
    public static MeetingRecorder start(Path file, WebmSettings settings, MediaClock clock, FreeSpace freeSpace,
            DiskSpaceLimits limits, RecordingObserver observer) {
        long free = usable(freeSpace);
        if (free < limits.refuseBelow()) {
            throw new RecordingException("Only " + megabytes(free) + " MB are free where " + file.getFileName()
                    + " would go; a recording needs at least " + megabytes(limits.refuseBelow()) + " MB.");
        }
        MeetingRecorder recorder = new MeetingRecorder(file, settings, clock, freeSpace, limits, observer);
        recorder.executor.scheduleAtFixedRate(recorder::tick, 0, PcmFrame.FRAME_MICROS, TimeUnit.MICROSECONDS);
        return recorder;
    }

    /** Adds a participant to the layout, or renames one; the name is drawn as their caption. */
    public void participant(int id, String name) {
        board.name(id, name);
    }

    /** Takes a participant who left out of the layout and the mix. */
    public void removeParticipant(int id) {
        board.remove(id);
        mix.remove(id);
    }

    /** Each 20 ms of a participant's sound as played (decoded, concealed or silence). */
    public void audio(int id, PcmFrame frame) {
        mix.add(id, frame);
    }

    /** A participant's latest camera picture. The recorder keeps it: the caller must not change it afterwards. */
    public void camera(int id, I420Frame picture) {
        board.camera(id, picture, clock.nowMicros());
    }

    /** A participant's latest shared-screen picture; while one arrives, the screen fills the recording. */
    public void screen(int id, I420Frame picture) {
        board.screen(id, picture, clock.nowMicros());
    }

    /** Stops the timeline; nothing is recorded until {@link #resume()}. */
    public void pause() {
        state.compareAndSet(RecordingStats.State.RECORDING, RecordingStats.State.PAUSED);
    }

    public void resume() {
        state.compareAndSet(RecordingStats.State.PAUSED, RecordingStats.State.RECORDING);
    }

    public RecordingStats stats() {
        return new RecordingStats(file, state.get(), recordedTicks * PcmFrame.FRAME_MILLIS, videoFrames,
                recordedTicks, bytes, mix.dropped());
    }

    /**
     * Stops recording and finishes the file (cues, duration) on the recording thread at its next tick, and waits
     * for that. Idempotent; safe from any thread.
     */
    @Override
    public void close() {
        if (Thread.currentThread() == recordingThread) {
            finish();
            executor.shutdown();
            return;
        }
        stopRequested = true;
        try {
            if (!finished.await(30, TimeUnit.SECONDS)) {
                LOG.warn("the recording thread did not finish {} in time", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        if (state.get() == RecordingStats.State.STOPPED) {
            return;
        }
        if (stopRequested) {
            finish();
            executor.shutdown();
            return;
        }
        try {
            if (++ticks % DISK_CHECK_TICKS == 0 && stoppedForSpace()) {
                return;
            }
            if (state.get() == RecordingStats.State.PAUSED) {
                mix.clear();
                return;
            }
            long recordedMicros = recordedTicks * PcmFrame.FRAME_MICROS;
            writer.writeAudio(mix.next(recordedMicros));
            recordedTicks++;
            long now = clock.nowMicros();
            boolean behind = now - (startMicros + (ticks - 1) * PcmFrame.FRAME_MICROS) > MAX_VIDEO_LAG_MICROS;
            while (videoSlots * 1_000_000L / settings.frameRate() <= recordedMicros) {
                if (!behind) { // a skipped slot leaves a gap in the video timeline: players hold the last picture
                    writer.writeVideo(composer.compose(board.cameras(now), board.screen(now), recordedMicros),
                            videoSlots);
                    videoFrames++;
                }
                videoSlots++;
            }
            bytes = writer.bytesWritten();
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again: stop cleanly and say why.
            stopByItself(RecordingObserver.StopReason.WRITE_FAILED, "Recording stopped: " + e.getMessage());
        }
    }

    private boolean stoppedForSpace() {
        long free;
        try {
            free = freeSpace.usableBytes();
        } catch (IOException e) {
            LOG.debug("cannot tell the free space for {}: {}", file, e.toString());
            return false; // if the disk is gone, the next write fails and says so
        }
        if (free < limits.stopBelow()) {
            stopByItself(RecordingObserver.StopReason.DISK_FULL, "Recording stopped and saved: only "
                    + megabytes(free) + " MB are left on the disk.");
            return true;
        }
        if (free < limits.warnBelow() && !warnedLowSpace) {
            warnedLowSpace = true;
            observer.diskSpaceLow(free);
        } else if (free >= limits.warnBelow()) {
            warnedLowSpace = false;
        }
        return false;
    }

    private void stopByItself(RecordingObserver.StopReason reason, String message) {
        finish();
        executor.shutdown();
        LOG.info("{} ({})", message, file);
        observer.stoppedByItself(reason, message);
    }

    /** Recording thread: finishes the file once. */
    private void finish() {
        if (state.getAndSet(RecordingStats.State.STOPPED) == RecordingStats.State.STOPPED) {
            return;
        }
        try {
            writer.close();
        } catch (CodecException e) {
            LOG.warn("finishing {}: {}", file, e.getMessage());
        } finally {
            bytes = writer.bytesWritten();
            composer.close();
            finished.countDown();
        }
    }

    private static long usable(FreeSpace freeSpace) {
        try {
            return freeSpace.usableBytes();
        } catch (IOException e) {
            throw new RecordingException("Cannot tell how much disk space is free: " + e.getMessage(), e);
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
