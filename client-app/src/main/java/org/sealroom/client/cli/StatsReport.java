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
import org.sealroom.client.remote.RemoteControlCounters;
import org.sealroom.protocol.meeting.SenderStats;

/**
 * What {@code --stats-json} writes: per-sender frame counts, epoch changes, the current security code, warnings,
 * received chat and, per sender, received media: packets, decoded frames, test-pattern stamps (in order?) and
 * capture-to-decode latency; and what remote control of this participant's screen granted, injected and refused.
 * Rewritten atomically, so a reader never sees half a file.
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
        RemoteControlCounters.Snapshot remoteControl) {

    record Chat(int from, String name, String text, boolean isPrivate) {}

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
                session.remoteControlCounters().orElse(null));
    }

    void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "stats", ".json");
        JSON.writeValue(temp.toFile(), this);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
