package org.sealroom.media.recording;

/** Hears what a {@link MeetingRecorder} decides on its own. Called on the recording thread; must not block. */
public interface RecordingObserver {
    RecordingObserver NONE = new RecordingObserver() {
    };

    /** Free space fell below {@link DiskSpaceLimits#warnBelow()}: {@code usableBytes} are left. */
    default void diskSpaceLow(long usableBytes) {
    }

    /** The recording stopped by itself; its file is finished as far as the disk allowed. */
    default void stoppedByItself(StopReason reason, String message) {
    }

    enum StopReason {
        /** Free space fell below {@link DiskSpaceLimits#stopBelow()}. */
        DISK_FULL,
        /** Writing failed (the disk went away, the file system refused). */
        WRITE_FAILED
    }
}
