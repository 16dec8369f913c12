package org.sealroom.media.recording;

import java.nio.file.Path;

/**
 * Where a recording stands.
 *
 * @param recordedMillis length of the recording so far (paused time does not count)
 * @param droppedAudioFrames frames of sound that could not be mixed in (malformed, or a source far ahead)
 */
public record RecordingStats(Path file, State state, long recordedMillis, long videoFrames, long audioFrames,
                             long bytes, long droppedAudioFrames) {
    public enum State { RECORDING, PAUSED, STOPPED }
}
