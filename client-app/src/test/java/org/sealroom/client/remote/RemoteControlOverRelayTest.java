package org.sealroom.client.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.media.MeetingHarness.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.cli.SealroomCli;
import org.sealroom.client.media.MeetingHarness;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ParticipantInfo;
import org.sealroom.client.session.RemoteControl;
import org.sealroom.client.session.RemoteControlStatus.Mode;
import org.sealroom.client.session.RemoteInput;
import org.sealroom.protocol.meeting.DataType;

/**
 * The end-to-end test: Alice is the headless client in a JVM of its own on a private Xvfb (AWT needs a real
 * display, this JVM runs JavaFX headless), sharing the synthetic screen, which maps to the Xvfb screen, and allowing
 * only Bob to take control. Bob and Mallory join over the real relay (TLS on loopback) from this JVM. Input before a
 * grant, from a denied viewer, and after control was taken back must not move Alice's pointer and is counted as
 * rejected; Bob's move under his grant puts the pointer at the mapped pixel.
 */
class RemoteControlOverRelayTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSharersPointerMovesOnlyUnderAnApprovedGrant() throws Exception {
        try (PrivateXvfb xvfb = PrivateXvfb.start()) {
            String[] start = pointer(xvfb);
            Path link = dir.resolve("link");
            Path stats = dir.resolve("alice.json");
            Path log = dir.resolve("alice.log");
            Process alice = xvfb.java(SealroomCli.class, "host", "--headless", "--name", "Alice", "--auto-admit",
                    "--synthetic-media", "--share-screen", "synthetic:test-pattern", "--allow-remote-control", "Bob",
                    "--duration", "10m", "--link-file", link.toString(), "--stats-json", stats.toString(),
                    "--data-dir", dir.resolve("alice").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (OutputStream commands = alice.getOutputStream()) {
                await(() -> nonEmpty(link) || !alice.isAlive());
                assertThat(alice.isAlive()).as("Alice's client runs; its log:\n%s", read(log)).isTrue();
                MeetingHarness meetings = new MeetingHarness(dir);
                String joinLink = Files.readString(link).strip();
                try (LiveMeetingSession bob = meetings.joinLink("Bob", joinLink, MediaOptions.NONE);
                     LiveMeetingSession mallory = meetings.joinLink("Mallory", joinLink, MediaOptions.NONE)) {
                    ParticipantId aliceId = idOf(bob, "Alice");
                    await(() -> bob.media().map(m -> m.stats().get((int) aliceId.value()))
                            .filter(got -> got.screenFramesDecoded() > 0).isPresent());
                    await(() -> bob.participants().stream()
                            .anyMatch(p -> p.id().equals(aliceId) && p.sharingScreen())); // the UI's cue to offer control

                    // Before any grant: a forged move straight onto the wire is refused.
                    forgeMove(bob, aliceId, 1);
                    awaitStats(stats, s -> rejected(s, "NO_GRANT") >= 1);
                    assertThat(pointer(xvfb)).containsExactly(start);

                    // Mallory asks, is not the allowed name, is denied; her forged move is refused too.
                    RemoteControl malloryControl = mallory.remoteControl().orElseThrow();
                    malloryControl.requestControl(idOf(mallory, "Alice"));
                    await(() -> malloryControl.status().mode() == Mode.IDLE
                            && malloryControl.status().reason().startsWith("denied"));
                    forgeMove(mallory, idOf(mallory, "Alice"), 1);
                    awaitStats(stats, s -> rejected(s, "NO_GRANT") >= 2);
                    assertThat(pointer(xvfb)).containsExactly(start);

                    // Bob asks, Alice's client approves him, and his move lands on the mapped pixel.
                    RemoteControl bobControl = bob.remoteControl().orElseThrow();
                    bobControl.requestControl(aliceId);
                    await(() -> bobControl.status().mode() == Mode.CONTROLLING);
                    bobControl.sendInput(new RemoteInput.PointerMove(0.25, 0.75));
                    awaitStats(stats, s -> s.get("remoteControl").get("injected").asLong() >= 1);
                    assertThat(pointer(xvfb)).containsExactly("256", "576");

                    // Alice takes control back; Bob hears it, and later moves are refused again.
                    commands.write("stop-control\n".getBytes(StandardCharsets.UTF_8));
                    commands.flush();
                    await(() -> bobControl.status().mode() == Mode.IDLE);
                    assertThat(bobControl.status().reason()).isEqualTo("control was taken back");
                    bobControl.sendInput(new RemoteInput.PointerMove(0.9, 0.1)); // not sent: no grant any more
                    forgeMove(bob, aliceId, 2);
                    awaitStats(stats, s -> rejected(s, "NO_GRANT") >= 3);
                    assertThat(pointer(xvfb)).containsExactly("256", "576");
                    JsonNode counters = json.readTree(stats.toFile()).get("remoteControl");
                    assertThat(counters.get("granted").asLong()).isEqualTo(1);
                    assertThat(counters.get("denied").asLong()).isEqualTo(1);
                    assertThat(counters.get("injected").asLong()).isEqualTo(1);
                }
                commands.write("quit\n".getBytes(StandardCharsets.UTF_8));
                commands.flush();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nAlice's log:\n" + read(log), e);
            } finally {
                if (!alice.waitFor(60, TimeUnit.SECONDS)) {
                    alice.destroyForcibly();
                }
            }
            assertThat(alice.exitValue()).as("Alice's client ends cleanly; its log:\n%s", read(log)).isZero();
        }
    }

    /** A move under a made-up grant, sealed to Alice like real input: only her grant check can stop it. */
    private static void forgeMove(LiveMeetingSession from, ParticipantId to, long sequence) {
        from.peer().sendDataTo((int) to.value(), DataType.REMOTE_CONTROL, RemoteControlCodec.encode(
                new RemoteControlMessage.Input(0x5ea1L, sequence, new RemoteInput.PointerMove(0.25, 0.75))));
    }

    private static ParticipantId idOf(LiveMeetingSession session, String name) {
        return session.participants().stream().filter(p -> p.displayName().equals(name)).map(ParticipantInfo::id)
                .findFirst().orElseThrow();
    }

    private static long rejected(JsonNode stats, String reason) {
        return stats.get("remoteControl").get("rejected").get(reason).asLong();
    }

    private void awaitStats(Path stats, Predicate<JsonNode> condition) throws InterruptedException {
        await(() -> {
            try {
                JsonNode node = Files.exists(stats) ? json.readTree(stats.toFile()) : null;
                return node != null && node.hasNonNull("remoteControl") && condition.test(node);
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static String[] pointer(PrivateXvfb xvfb) throws Exception {
        Process probe = xvfb.java(PointerProbe.class).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as("pointer probe: %s", out).isZero();
        return out.split(" ");
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
