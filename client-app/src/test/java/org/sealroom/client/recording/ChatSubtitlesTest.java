package org.sealroom.client.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatSubtitlesTest {

    @TempDir
    Path dir;

    @Test
    void chatBecomesSubRipBesideTheRecordingOneBlockPerLine() throws Exception {
        Path recording = dir.resolve("Sealroom 2026-11-29 Planning.webm");
        try (ChatSubtitles chat = ChatSubtitles.create(recording)) {
            chat.add(Duration.ofMillis(1_250), "Alice", "Hello");
            chat.add(Duration.ofMinutes(61).plusSeconds(2), "Bob", "two\n\n\nparagraphs\u0007 and a bell");
        }
        Path srt = dir.resolve("Sealroom 2026-11-29 Planning.srt");
        assertThat(ChatSubtitles.sideFile(recording)).isEqualTo(srt);
        assertThat(Files.readString(srt)).isEqualTo("""
                1
                00:00:01,250 --> 00:00:06,250
                Alice: Hello

                2
                01:01:02,000 --> 01:01:07,000
                Bob: two
                paragraphs  and a bell

                """);
    }
}
