package org.sealroom.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.testing.RelayMeetings.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.testing.RelayMeetings;

/** What a person at a terminal types, run against live sessions over a real relay. */
class HeadlessCommandsTest {

    @TempDir
    Path dir;

    @Test
    void pollsHandsReactionsPrivateChatAndFilesFromTheTerminal() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# Notes\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.join("Bob", alice)) {
            HeadlessCommands atAlice = new HeadlessCommands(alice, out, () -> { }, (verb, rest) -> false);
            HeadlessCommands atBob = new HeadlessCommands(bob, out, () -> { }, (verb, rest) -> false);

            atAlice.run("poll multi Which days? | Mon | Tue | Wed");
            await(() -> bob.polls().all().size() == 1);
            atBob.run("vote 1 1,3");
            await(() -> alice.polls().all().getFirst().votes() == 1);
            atAlice.run("close-poll 1");
            await(() -> !bob.polls().all().getFirst().open());
            assertThat(bob.polls().all().getFirst().counts()).contains(List.of(1, 0, 1));

            atBob.run("hand up");
            atBob.run("msg " + alice.peer().ownId() + " psst");
            await(() -> alice.participants().stream().anyMatch(p -> p.displayName().equals("Bob") && p.handRaised())
                    && alice.chatLog().stream().anyMatch(m -> m.isPrivate() && m.text().equals("psst")));

            atAlice.run("send " + notes + " " + bob.peer().ownId());
            await(() -> bob.files().all().size() == 1);
            atBob.run("accept 1");
            await(() -> bob.files().all().getFirst().state() == FileTransferView.State.COMPLETE);
            assertThat(Files.readString(bob.files().all().getFirst().savedAs().orElseThrow())).isEqualTo("# Notes\n");

            atBob.run("vote 1 2");
            atBob.run("react nonsense");
            atBob.run("frobnicate");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Cannot do that: This poll is closed.")
                    .contains("Cannot do that: no reaction 'nonsense'; choose one of [thumbs_up, clap").contains("Commands:");
            assertThat(alice.participants()).extracting(ParticipantInfo::displayName).contains("Bob");
        }
    }
}
