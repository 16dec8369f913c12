package org.sealroom.client.session;

import java.nio.file.Path;
import java.util.List;

/**
 * Recording the meeting on this computer, as this participant sees and hears it (the relay cannot record: it holds no
 * key). Starting, pausing, resuming and stopping send everyone an E2EE-protected notice; every client keeps the list of
 * who is recording ({@link #recorders()}) and tells {@link SessionListener#recordingChanged()}. A modified client can
 * record without a notice: no E2EE system can prevent that (docs/threat-model.md).
 */
public interface LocalRecording {

    /** Where a recording started now would go by default: "Sealroom DATE TITLE.webm" in the user's videos folder. */
    Path defaultFile();

    /**
     * Starts recording into {@code file} (WebM: VP8 and Opus). Throws with a message for the user when there is too
     * little disk space, the file cannot be written, this meeting has no media, or a recording is already running.
     */
    void start(Path file) throws SessionException;

    void pause();

    void resume();

    /** Stops and finishes the file; does nothing when not recording. */
    void stop();

    /** This participant's own recording. */
    RecordingStatus status();

    /** Everyone recording now, this participant included, in roster order. */
    List<Recorder> recorders();

    /** Someone recording the meeting, as their notice says. */
    record Recorder(ParticipantId id, String displayName, boolean paused, boolean me) {}
}
