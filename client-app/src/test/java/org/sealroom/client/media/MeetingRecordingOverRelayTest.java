package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.media.MeetingHarness.SYNTHETIC;
import static org.sealroom.client.media.MeetingHarness.await;
import static org.sealroom.client.media.MeetingHarness.from;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.LocalRecording;
import org.sealroom.client.session.RecordingStatus;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.video.FrameStampCodec;

/**
 * The end-to-end test: a host and two participants with synthetic media over the real relay (TLS on
 * loopback); the host records 10 s. The file is read back by the system's ffprobe and ffmpeg: a VP8 and an Opus
 * stream of about 10 s, every participant's numbered test pattern in order in its grid tile, everyone's tone in the
 * sound; and the participants were told who recorded, for as long as it ran.
 */
class MeetingRecordingOverRelayTest {

    /** Where the 2x2 grid of a 1280x720 recording puts three 640x360 cameras (the last row centred). */
    private static final int[][] TILES = {{0, 0}, {640, 0}, {320, 360}};

    @TempDir
    Path dir;

    @Test
    void hostRecordsTenSecondsThatPlayWithEveryonesPictureInOrderAndEveryonesTone() throws Exception {
        MeetingHarness meetings = new MeetingHarness(dir);
        Path file = dir.resolve("recordings").resolve("Sealroom test.webm");
        List<Integer> ids = new ArrayList<>();
        try (LiveMeetingSession host = meetings.host("Host", SYNTHETIC);
             LiveMeetingSession alice = meetings.join("Alice", host, SYNTHETIC);
             LiveMeetingSession bob = meetings.join("Bob", host, SYNTHETIC)) {
            await(() -> host.participants().size() == 3 && alice.participants().size() == 3
                    && bob.participants().size() == 3);
            await(() -> from(host, alice).map(s -> s.stampsRead() >= 5).orElse(false)
                    && from(host, bob).map(s -> s.stampsRead() >= 5).orElse(false));
            List.of(host, alice, bob).forEach(s -> ids.add(s.peer().ownId()));

            LocalRecording recording = host.localRecording().orElseThrow();
            recording.start(file);
            LocalRecording aliceSees = alice.localRecording().orElseThrow();
            LocalRecording bobSees = bob.localRecording().orElseThrow();
            await(() -> aliceSees.recorders().size() == 1 && bobSees.recorders().size() == 1);
            assertThat(aliceSees.recorders()).containsExactly(new LocalRecording.Recorder(
                    new org.sealroom.client.session.ParticipantId(ids.getFirst()), "Host", false, false));
            assertThat(recording.recorders()).extracting(LocalRecording.Recorder::me).containsExactly(true);
            await(() -> recording.status().recorded().compareTo(Duration.ofSeconds(3)) >= 0);
            alice.sendChat("Can everyone see the chart?");
            alice.sendPrivateChat(new org.sealroom.client.session.ParticipantId(ids.getFirst()), "just between us");
            await(() -> host.chatLog().size() == 2);
            await(() -> recording.status().recorded().compareTo(Duration.ofSeconds(10)) >= 0);
            recording.stop();
            RecordingStatus done = recording.status();
            assertThat(done.state()).isEqualTo(RecordingStatus.State.IDLE);
            assertThat(done.file()).contains(file.toAbsolutePath());
            await(() -> aliceSees.recorders().isEmpty() && bobSees.recorders().isEmpty());
        }

        String subtitles = Files.readString(dir.resolve("recordings").resolve("Sealroom test.srt"));
        assertThat(subtitles).contains("Alice: Can everyone see the chart?").doesNotContain("just between us")
                .containsPattern("00:00:0[3-9],\\d{3} --> ");

        RecordedFile recorded = new RecordedFile(file);
        assertThat(recorded.codecs()).containsExactly("vp8", "opus");
        assertThat(recorded.duration()).isBetween(9.8, 10.6);

        Map<Integer, List<Integer>> stampsByTile = new TreeMap<>();
        int pictures = recorded.decodeVideo(1280, 720, picture -> {
            for (int tile = 0; tile < TILES.length; tile++) {
                int t = tile;
                FrameStampCodec.read(RecordedFile.crop(picture, TILES[t][0], TILES[t][1], 640, 360)).ifPresent(
                        stamp -> stampsByTile.computeIfAbsent(t, k -> new ArrayList<>()).add(stamp.frameNumber()));
            }
        });
        // 15 pictures a second, fewer when the recording thread is starved of CPU: it then skips pictures, never sound.
        assertThat(pictures).isBetween(10, 170);
        assertThat(stampsByTile).hasSize(3);
        stampsByTile.forEach((tile, numbers) -> {
            assertThat(numbers).as("tile %d", tile).hasSizeGreaterThan(pictures * 8 / 10).isSorted();
            // How far depends on the senders' CPU (a starved synthetic camera makes fewer pictures); that it does not.
            assertThat(numbers.getLast()).as("tile %d advances", tile).isGreaterThan(numbers.getFirst());
        });

        List<PcmFrame> sound = recorded.decodeAudio();
        assertThat(sound.size()).isBetween(490, 530); // 10 s in 20 ms frames: no gaps
        double absent = ToneMeter.powerAt(sound, 1250);
        for (int id : ids) {
            assertThat(ToneMeter.powerAt(sound, SyntheticMediaSender.toneFor(id)))
                    .as("tone of participant %d", id).isGreaterThan(100 * absent);
        }
    }
}
