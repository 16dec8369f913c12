package org.sealroom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> german = load("messages_de.properties").stringPropertyNames();
        assertThat(german).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyFxmlKeyHasText() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        for (String fxml : new String[] {"home/Home.fxml", "firstrun/FirstRun.fxml", "unlock/Unlock.fxml",
                "waiting/WaitingRoom.fxml", "meeting/Meeting.fxml", "settings/Settings.fxml"}) {
            try (InputStream in = MessagesTest.class.getResourceAsStream(fxml)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher keys = Pattern.compile("\"%([A-Za-z0-9_.]+)\"").matcher(text);
                Set<String> used = keys.results().map(m -> m.group(1)).collect(Collectors.toSet());
                assertThat(english).as(fxml).containsAll(used);
            }
        }
    }

    @Test
    void neitherBundleUsesPlainApostrophes() throws IOException {
        // MessageFormat would swallow them in patterns with arguments.
        for (String bundle : new String[] {"messages.properties", "messages_de.properties"}) {
            assertThat(load(bundle).values()).as(bundle).noneMatch(v -> v.toString().contains("'"));
        }
    }

    @Test
    void formatsArgumentsInTheChosenLanguage() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("meeting.tile.you", "Anna")).isEqualTo("Anna (you)");
        assertThat(Messages.forLocale(Locale.GERMAN).get("meeting.tile.you", "Anna")).isEqualTo("Anna (du)");
        assertThat(Messages.forLocale(Locale.FRENCH).get("chat.title")).isEqualTo("Chat");
        assertThat(Messages.forLocale(Locale.GERMAN).get("lobby.admit")).isEqualTo("Zulassen");
    }

    @Test
    void aMissingKeyIsAProgrammingErrorWithItsName() {
        assertThatThrownBy(() -> Messages.forLocale(Locale.ENGLISH).get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
