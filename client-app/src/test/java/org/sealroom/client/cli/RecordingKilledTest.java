package org.sealroom.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.media.RecordedFile;

/**
 * Crash safety: the real headless client records with {@code --record} in its own JVM and is killed with SIGKILL
 * 8 s into the recording. The file it leaves must still play for at least 5 s: the muxer wrote small clusters and
 * flushed each as it was closed.
 */
class RecordingKilledTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingKilledAfterEightSecondsStillPlaysForFive() throws Exception {
        Path file = dir.resolve("killed.webm");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SealroomCli.class.getName(), "host", "--headless", "--name", "Host", "--synthetic-media",
                "--record", file.toString(), "--duration", "120s", "--data-dir", dir.resolve("host").toString(),
                "--no-commands"));
        Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> recording = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("Recording to ")) {
                        recording.complete(null);
                    }
                }
            } catch (java.io.IOException e) {
                recording.completeExceptionally(e);
            }
            recording.completeExceptionally(new AssertionError("the client ended without recording"));
        });
        try {
            recording.get(90, TimeUnit.SECONDS);
            Thread.sleep(8_000);
        } finally {
            client.destroyForcibly(); // SIGKILL: no shutdown hook, no trailer
        }
        assertThat(client.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).isEqualTo(137); // 128 + SIGKILL

        RecordedFile killed = new RecordedFile(file);
        assertThat(killed.codecs()).containsExactly("vp8", "opus");
        assertThat(killed.lastPacketSeconds("a")).isGreaterThanOrEqualTo(5.0);
        assertThat(killed.lastPacketSeconds("v")).isGreaterThanOrEqualTo(5.0);
        assertThat(killed.decodeAudio().size()).isGreaterThanOrEqualTo(250); // 5 s of 20 ms frames decode
        assertThat(killed.decodeVideo(1280, 720, picture -> { })).isPositive();
    }
}
