package org.sealroom.client.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * This participant's recording.
 *
 * @param file      where it goes (or went, once stopped)
 * @param recorded  its length so far (paused time does not count)
 * @param problem   what the user should know: little disk space left, or why it stopped by itself
 */
public record RecordingStatus(State state, Optional<Path> file, Duration recorded, long videoFrames, long bytes,
                              Optional<String> problem) {

    public enum State { IDLE, RECORDING, PAUSED }

    public static final RecordingStatus IDLE = new RecordingStatus(State.IDLE, Optional.empty(), Duration.ZERO, 0, 0,
            Optional.empty());

    public boolean active() {
        return state != State.IDLE;
    }
}
