package org.sealroom.client.ui.fakes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RecordingStatus;

/**
 * The recording side of {@link FakeMeetingSession}: records what the UI asks for, and lets the test say who else is
 * recording. Every change is announced as the session would ({@code recordingChanged}).
 */
public final class FakeLocalRecording implements LocalRecording {

    private final Runnable changed;
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private volatile RecordingStatus status = RecordingStatus.IDLE;
    private volatile List<Recorder> others = List.of();

    FakeLocalRecording(Runnable changed) {
        this.changed = changed;
    }

    /** The other side: these participants record now. */
    public void othersRecording(List<Recorder> recorders) {
        others = List.copyOf(recorders);
        changed.run();
    }

    public List<String> actions() {
        return List.copyOf(actions);
    }

    @Override
    public Path defaultFile() {
        return Path.of("/home/anna/Videos/Sealroom 2026-11-29 10-00 Planning.webm");
    }

    @Override
    public void start(Path file) {
        actions.add("start " + file);
        status = new RecordingStatus(RecordingStatus.State.RECORDING, Optional.of(file), Duration.ofSeconds(65), 975,
                1 << 20, Optional.empty());
        changed.run();
    }

    @Override
    public void pause() {
        actions.add("pause");
        moveTo(RecordingStatus.State.PAUSED);
    }

    @Override
    public void resume() {
        actions.add("resume");
        moveTo(RecordingStatus.State.RECORDING);
    }

    private void moveTo(RecordingStatus.State state) {
        RecordingStatus s = status;
        status = new RecordingStatus(state, s.file(), s.recorded(), s.videoFrames(), s.bytes(), Optional.empty());
        changed.run();
    }

    @Override
    public void stop() {
        actions.add("stop");
        status = new RecordingStatus(RecordingStatus.State.IDLE, status.file(), Duration.ZERO, 0, 0, Optional.empty());
        changed.run();
    }

    @Override
    public RecordingStatus status() {
        return status;
    }

    @Override
    public List<Recorder> recorders() {
        List<Recorder> all = new ArrayList<>();
        if (status.active()) {
            all.add(new Recorder(new ParticipantId(1), "Anna", status.state() == RecordingStatus.State.PAUSED, true));
        }
        all.addAll(others);
        return all;
    }
}
