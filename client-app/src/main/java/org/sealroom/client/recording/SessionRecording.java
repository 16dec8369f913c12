package org.sealroom.client.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sealroom.client.media.SessionMedia;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.settings.UserFolder;
import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.WebmSettings;
import org.sealroom.media.recording.DiskSpaceLimits;
import org.sealroom.media.recording.FreeSpace;
import org.sealroom.media.recording.MeetingRecorder;
import org.sealroom.media.recording.RecordingException;
import org.sealroom.media.recording.RecordingObserver;
import org.sealroom.media.recording.RecordingStats;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.ReceivedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local recording in a live meeting: runs a {@link MeetingRecorder} on the session's decoded media
 * ({@link RecordingFeed}), tells everyone with protected {@link DataType#RECORDING} notices (again to whoever joins
 * while it runs), and keeps the list of who is recording from everyone's notices ({@link Recorders}).
 */
public final class SessionRecording implements LocalRecording, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRecording.class);

    private final LiveMeetingSession session;
    private final Consumer<Consumer<SessionListener>> notify;
    private final Function<Path, FreeSpace> freeSpace;
    private final DiskSpaceLimits limits;
    private final Recorders recorders = new Recorders();
    private final RecordingFeed feed = new RecordingFeed();
    private volatile MeetingRecorder recorder;
    private volatile Path lastFile;
    private volatile Optional<ChatSubtitles> chat = Optional.empty();
    private volatile Optional<String> problem = Optional.empty();
    private Set<Integer> roster = Set.of(); // session threads, under this

    /** {@code notify} reaches the session's listeners. */
    public SessionRecording(LiveMeetingSession session, Consumer<Consumer<SessionListener>> notify) {
        this(session, notify, dir -> FreeSpace.of(dir), DiskSpaceLimits.defaults());
    }

    SessionRecording(LiveMeetingSession session, Consumer<Consumer<SessionListener>> notify,
            Function<Path, FreeSpace> freeSpace, DiskSpaceLimits limits) {
        this.session = session;
        this.notify = notify;
        this.freeSpace = freeSpace;
        this.limits = limits;
        session.addDataHandler(this::noticeReceived);
        session.addListener(new SessionListener() {
            @Override
            public void participantsChanged() {
                rosterChanged();
            }

            @Override
            public void chatReceived(ChatMessage message) {
                chatSaid(message);
            }
        });
    }

    @Override
    public Path defaultFile() {
        return RecordingFiles.defaultFile(UserFolder.VIDEOS.forUser(), session.info().title(), LocalDateTime.now());
    }

    @Override
    public synchronized void start(Path file) throws SessionException {
        if (recorder != null) {
            throw new SessionException("A recording is already running (" + lastFile + ").");
        }
        SessionMedia media = session.media().orElseThrow(() -> new SessionException(
                "This meeting was started without media, so there is nothing to record."));
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            recorder = MeetingRecorder.start(target, WebmSettings.meeting(), MediaClock.system(),
                    freeSpace.apply(target.getParent()), limits, new Observer());
        } catch (IOException | RecordingException e) {
            throw new SessionException("Cannot record to " + target + ": " + e.getMessage(), e);
        }
        lastFile = target;
        problem = Optional.empty();
        chat = openSubtitles(target);
        session.participants().forEach(p -> recorder.participant(id(p), p.displayName()));
        feed.feed(media, session.peer().ownId(), recorder);
        announce(RecordingNoticeCodec.State.RECORDING);
    }

    @Override
    public synchronized void pause() {
        if (recorder != null) {
            recorder.pause();
            announce(RecordingNoticeCodec.State.PAUSED);
        }
    }

    @Override
    public synchronized void resume() {
        if (recorder != null) {
            recorder.resume();
            announce(RecordingNoticeCodec.State.RECORDING);
        }
    }

    @Override
    public synchronized void stop() {
        MeetingRecorder running = recorder;
        if (running == null) {
            return;
        }
        recorder = null;
        feed.stop();
        running.close();
        chat.ifPresent(SessionRecording::closeQuietly);
        chat = Optional.empty();
        announce(RecordingNoticeCodec.State.STOPPED);
    }

    @Override
    public RecordingStatus status() {
        MeetingRecorder running = recorder;
        if (running == null) {
            return new RecordingStatus(RecordingStatus.State.IDLE, Optional.ofNullable(lastFile), Duration.ZERO, 0, 0,
                    problem);
        }
        RecordingStats stats = running.stats();
        RecordingStatus.State state = stats.state() == RecordingStats.State.PAUSED ? RecordingStatus.State.PAUSED
                : RecordingStatus.State.RECORDING;
        return new RecordingStatus(state, Optional.of(stats.file()), Duration.ofMillis(stats.recordedMillis()),
                stats.videoFrames(), stats.bytes(), problem);
    }

    @Override
    public List<Recorder> recorders() {
        List<Recorder> out = new ArrayList<>();
        for (ParticipantInfo p : session.participants()) {
            Boolean paused = recorders.pausedOrNull(id(p));
            if (paused != null) {
                out.add(new Recorder(p.id(), p.displayName(), paused, p.me()));
            }
        }
        return out;
    }

    /** Stops and finishes the file when the meeting ends. */
    @Override
    public void close() {
        stop();
    }

    private void announce(RecordingNoticeCodec.State state) {
        session.peer().sendData(DataType.RECORDING, RecordingNoticeCodec.encode(state));
        recorders.apply(session.peer().ownId(), state);
        notify.accept(SessionListener::recordingChanged);
    }

    private void noticeReceived(ReceivedData data) {
        if (data.type() != DataType.RECORDING) {
            return;
        }
        try {
            RecordingNoticeCodec.Notice notice = RecordingNoticeCodec.decode(data.body());
            if (recorders.apply(data.sender(), notice.state())) {
                notify.accept(SessionListener::recordingChanged);
            }
        } catch (IOException e) {
            LOG.info("dropped a malformed recording notice from #{}: {}", data.sender(), e.getMessage());
        }
    }

    /** Forgets recorders who left, updates the recording's layout, and tells newcomers that this one records. */
    private synchronized void rosterChanged() {
        List<ParticipantInfo> present = session.participants();
        Set<Integer> ids = present.stream().map(SessionRecording::id).collect(Collectors.toSet());
        if (recorders.retain(ids)) {
            notify.accept(SessionListener::recordingChanged);
        }
        MeetingRecorder running = recorder;
        if (running != null) {
            roster.stream().filter(id -> !ids.contains(id)).forEach(running::removeParticipant);
            present.forEach(p -> running.participant(id(p), p.displayName()));
            if (!roster.containsAll(ids)) {
                boolean paused = running.stats().state() == RecordingStats.State.PAUSED;
                session.peer().sendData(DataType.RECORDING, RecordingNoticeCodec.encode(paused
                        ? RecordingNoticeCodec.State.PAUSED : RecordingNoticeCodec.State.RECORDING));
            }
        }
        roster = ids;
    }

    private static Optional<ChatSubtitles> openSubtitles(Path recording) {
        try {
            return Optional.of(ChatSubtitles.create(recording));
        } catch (IOException e) {
            LOG.warn("recording without a chat side file: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Chat said while recording (not paused) goes into the side file at its moment in the recording. */
    private void chatSaid(ChatMessage message) {
        MeetingRecorder running = recorder;
        Optional<ChatSubtitles> subtitles = chat;
        if (running == null || subtitles.isEmpty() || message.isPrivate()) {
            return;
        }
        RecordingStats stats = running.stats();
        if (stats.state() == RecordingStats.State.PAUSED) {
            return;
        }
        try {
            subtitles.get().add(Duration.ofMillis(stats.recordedMillis()), message.fromName(), message.text());
        } catch (IOException e) {
            LOG.warn("could not write the chat side file: {}", e.toString());
        }
    }

    private static void closeQuietly(ChatSubtitles subtitles) {
        try {
            subtitles.close();
        } catch (IOException e) {
            LOG.warn("closing the chat side file: {}", e.toString());
        }
    }

    private static int id(ParticipantInfo participant) {
        return (int) participant.id().value();
    }

    /** The recorder's own decisions, on its thread. */
    private final class Observer implements RecordingObserver {
        @Override
        public void diskSpaceLow(long usableBytes) {
            problem = Optional.of("Only " + usableBytes / (1024 * 1024) + " MB of disk space left; the recording "
                    + "stops by itself at " + limits.stopBelow() / (1024 * 1024) + " MB.");
            notify.accept(SessionListener::recordingChanged);
        }

        @Override
        public void stoppedByItself(StopReason reason, String message) {
            problem = Optional.of(message);
            Thread.ofVirtual().start(SessionRecording.this::stop); // not on the recorder's own thread: it is finishing
        }
    }
}
