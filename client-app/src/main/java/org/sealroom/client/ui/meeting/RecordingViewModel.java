package org.sealroom.client.ui.meeting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.ui.Messages;

/**
 * Recording in the meeting window: this participant's recording (start into a file, pause, resume, stop, elapsed time,
 * disk-space problems) and who is recording, for the banner everyone sees and the marker in the participant list.
 * UI thread only; {@link #refresh()} after each session event and once a second while recording.
 */
public final class RecordingViewModel {

    private final Optional<LocalRecording> recording;
    private final Messages messages;
    private final ObservableSet<ParticipantId> recorderIds;
    private final ReadOnlyObjectWrapper<RecordingStatus.State> state =
            new ReadOnlyObjectWrapper<>(RecordingStatus.State.IDLE);
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available;
    private final StringProperty file = new SimpleStringProperty("");

    /** @param recorderIds the participant list's set of who is recording, kept up to date here */
    RecordingViewModel(Optional<LocalRecording> recording, Messages messages, ObservableSet<ParticipantId> recorderIds) {
        this.recording = recording;
        this.messages = messages;
        this.recorderIds = recorderIds;
        this.available = new ReadOnlyBooleanWrapper(recording.isPresent());
        recording.ifPresent(r -> file.set(r.defaultFile().toString()));
        refresh();
    }

    public void start() {
        if (recording.isEmpty() || file.get().isBlank()) {
            return;
        }
        try {
            recording.get().start(Path.of(file.get().strip()));
            problem.set("");
        } catch (SessionException | RuntimeException e) {
            problem.set(messages.get("recording.cannotStart", e.getMessage()));
        }
        refresh();
    }

    public void pause() {
        recording.ifPresent(LocalRecording::pause);
        refresh();
    }

    public void resume() {
        recording.ifPresent(LocalRecording::resume);
        refresh();
    }

    public void stop() {
        recording.ifPresent(LocalRecording::stop);
        refresh();
    }

    /** Reads the session's recording state again. */
    public void refresh() {
        if (recording.isEmpty()) {
            return;
        }
        RecordingStatus status = recording.get().status();
        state.set(status.state());
        elapsed.set(clock(status.recorded()));
        status.problem().ifPresent(problem::set);
        if (status.active()) {
            status.file().ifPresent(f -> file.set(f.toString()));
        }
        List<LocalRecording.Recorder> recorders = recording.get().recorders();
        Set<ParticipantId> ids = recorders.stream().map(LocalRecording.Recorder::id).collect(Collectors.toSet());
        recorderIds.retainAll(ids);
        recorderIds.addAll(ids);
        banner.set(bannerText(recorders));
    }

    private String bannerText(List<LocalRecording.Recorder> recorders) {
        if (recorders.isEmpty()) {
            return "";
        }
        String names = recorders.stream().map(r -> (r.me() ? messages.get("recording.you") : r.displayName())
                + (r.paused() ? " " + messages.get("recording.pausedSuffix") : "")).collect(Collectors.joining(", "));
        return messages.get("recording.banner", names);
    }

    static String clock(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<RecordingStatus.State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }

    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** "This meeting is being recorded by Anna" while anyone records, else empty. */
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }

    /** Where the next recording goes; editable while idle. */
    public StringProperty fileProperty() { return file; }
}
