package org.sealroom.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The headless command line as a script would use it: a host on the embedded relay writes its link, a joiner sends
 * a chat line with synthetic media, and both write {@code --stats-json}.
 */
class HeadlessCliTest {

    @TempDir
    Path dir;

    private static int run(String... args) {
        return new CommandLine(new SealroomCli()).execute(args);
    }

    @Test
    void hostAndJoinerMeetChatShareAFileAndReportMatchingSecurityCodes() throws Exception {
        Path agenda = dir.resolve("agenda.txt");
        Files.writeString(agenda, "1. Budget\n2. Hiring\n".repeat(20_000));
        Path downloads = dir.resolve("bob-downloads");
        Path link = dir.resolve("link");
        Path hostStats = dir.resolve("host.json");
        Path bobStats = dir.resolve("bob.json");
        CompletableFuture<Integer> host = CompletableFuture.supplyAsync(() -> run("host", "--headless", "--name",
                "Alice", "--auto-admit", "--synthetic-media", "--duration", "16s", "--link-file", link.toString(),
                "--stats-json", hostStats.toString(), "--data-dir", dir.resolve("alice").toString(), "--no-commands",
                "--send-file", agenda.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(link) || Files.size(link) == 0) {
            assertThat(System.nanoTime()).as("the host wrote its link").isLessThan(deadline);
            Thread.sleep(50);
        }
        int joined = run("join", Files.readString(link).strip(), "--headless", "--name", "Bob", "--synthetic-media",
                "--chat", "hello from the script", "--duration", "8s", "--stats-json", bobStats.toString(),
                "--data-dir", dir.resolve("bob").toString(), "--no-commands", "--download-dir", downloads.toString());
        assertThat(joined).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode bob = json.readTree(bobStats.toFile());
        assertThat(bob.get("phase").asText()).isEqualTo("IN_MEETING");
        assertThat(bob.get("members").toString()).contains("Alice", "Bob");
        assertThat(bob.get("securityCode").asText()).matches("(\\d{5} ){5}\\d{5}");
        assertThat(bob.get("senders").get(0).get("decrypted").asLong()).isPositive();
        assertThat(bob.get("media").toString()).contains("Alice");
        JsonNode file = bob.get("files").get(0);
        assertThat(file.get("state").asText()).isEqualTo("COMPLETE");
        assertThat(file.get("peer").asText()).isEqualTo("Alice");
        Path saved = Path.of(file.get("savedAs").asText());
        assertThat(saved).isEqualTo(downloads.resolve("agenda.txt"));
        assertThat(Files.mismatch(saved, agenda)).isEqualTo(-1L);

        assertThat(host.get(60, TimeUnit.SECONDS)).isZero();
        JsonNode alice = json.readTree(hostStats.toFile());
        assertThat(alice.get("chat").toString()).contains("hello from the script");
        assertThat(alice.get("epochChanges").asInt()).isGreaterThanOrEqualTo(2); // Bob's join and his leave
    }

    @Test
    void joinWithoutLinkOrNumberIsAUsageError() {
        assertThat(run("join", "--headless", "--name", "Bob")).isEqualTo(2);
    }
}
