package org.sealroom.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheVersionOfTheBuild() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>sealroom-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();

        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Sealroom " + pom.group(1) + System.lineSeparator());
    }

    @Test
    void anUnknownCommandIsRefusedWithTheUsage() {
        assertThat(run("hots", "--headless")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'hots'", "Usage: sealroom");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpNamesEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sealroom://", "host --headless", "join LINK",
                "relay", "--version");
    }
}
