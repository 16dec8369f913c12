package org.sealroom.client.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.sealroom.client.media.SenderMediaStats;
import org.sealroom.client.media.SessionMedia;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.PollView;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.client.remote.RemoteControlCounters;
import org.sealroom.protocol.meeting.SenderStats;

/**
 * What {@code --stats-json} writes: per-sender frame counts, epoch changes, the current security code, warnings,
 * received chat and, per sender, received media: packets, decoded frames, test-pattern stamps (in order?) and
 * capture-to-decode latency; raised hands, polls, file transfers and refused collaboration input; recording: this
 * participant's (file, length, frames) and who is recording; and what remote control of this participant's screen
 * granted, injected and refused. Rewritten atomically, so a reader never sees half a file.
 */
record StatsReport(
        String phase,
        int ownId,
        long epoch,
        int epochChanges,
        String securityCode,
        List<String> members,
        List<SenderStats> senders,
        Map<String, Long> warnings,
        List<Chat> chat,
        Map<Integer, SenderMediaStats> media,
        List<String> raisedHands,
        List<Poll> polls,
        List<FileTransfer> files,
        Map<String, Long> rejectedInput,
        Recording recording,
        RemoteControlCounters.Snapshot remoteControl) {

    record Chat(int from, String name, String text, boolean isPrivate) {}

    record Poll(String owner, String question, boolean open, int votes, List<Integer> myChoices,
                List<Integer> counts, List<List<String>> voterNames) {}

    record FileTransfer(String direction, String peer, String name, long size, long transferred, String state,
                        String savedAs, String problem) {}

    /** This participant's recording (state IDLE when none runs) and everyone recording, by name. */
    record Recording(String state, String file, long durationMillis, long videoFrames, long bytes, String problem,
            List<String> recorders) {

        static Recording of(LocalRecording recording) {
            RecordingStatus status = recording.status();
            return new Recording(status.state().name(), status.file().map(Path::toString).orElse(""),
                    status.recorded().toMillis(), status.videoFrames(), status.bytes(), status.problem().orElse(""),
                    recording.recorders().stream().map(LocalRecording.Recorder::displayName).toList());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static StatsReport of(LiveMeetingSession session) {
        var peer = session.peer();
        var view = peer.view();
        return new StatsReport(session.phase().name(), peer.ownId(),
                view.map(v -> v.epoch().value()).orElse(-1L), session.epochChanges(),
                view.map(v -> v.securityCode().digits()).orElse(""),
                view.map(v -> v.roster().members().stream().map(m -> m.displayName()).toList()).orElse(List.of()),
                peer.senderStats(),
                peer.warningCounts().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().name(), Map.Entry::getValue)),
                session.chatLog().stream().map(c -> new Chat((int) c.from().value(), c.fromName(), c.text(),
                        c.isPrivate())).toList(),
                session.media().map(SessionMedia::stats).orElse(Map.of()),
                session.participants().stream().filter(ParticipantInfo::handRaised).map(ParticipantInfo::displayName)
                        .toList(),
                session.polls().all().stream().map(StatsReport::poll).toList(),
                session.files().all().stream().map(StatsReport::file).toList(),
                session.rejectedInput(),
                session.localRecording().map(Recording::of).orElse(null),
                session.remoteControlCounters().orElse(null));
    }

    private static Poll poll(PollView p) {
        return new Poll(p.ownerName(), p.draft().question(), p.open(), p.votes(),
                p.myChoices().stream().sorted().toList(), p.counts().orElse(null), p.voterNames().orElse(null));
    }

    private static FileTransfer file(FileTransferView t) {
        return new FileTransfer(t.direction().name(), t.peerName(), t.name(), t.size(), t.transferred(),
                t.state().name(), t.savedAs().map(Path::toString).orElse(null), t.problem().orElse(null));
    }

    void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "stats", ".json");
        JSON.writeValue(temp.toFile(), this);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
