package org.sealroom.client.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.about.AppVersion;
import org.sealroom.client.settings.Settings;
import org.sealroom.client.ui.fakes.FakeIdentityService;

/** Opens the About window from the real home screen, headless, and reads what it shows. */
class AboutScreenTest {

    @TempDir Path config;
    private AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void showsTheVersionOfThisBuildAndTheLicencesOfBundledComponents() throws Exception {
        harness = new AppHarness(config, Settings.DEFAULTS.withDisplayName("Anna"), FakeIdentityService.loaded());
        harness.awaitNode("#aboutButton");
        harness.robot.clickOn("#aboutButton");

        Label version = harness.awaitNode("#versionLabel");
        assertThat(version.getText()).isEqualTo("Version " + AppVersion.current());
        ListView<String> components = harness.awaitNode("#componentList");
        assertThat(components.getItems()).anySatisfy(line -> assertThat(line).startsWith("OpenJFX 21")
                .endsWith("GPL-2.0-with-classpath-exception"));
        assertThat(components.getItems()).anySatisfy(line -> assertThat(line).startsWith("Netty 4.")
                .endsWith("Apache-2.0"));
        assertThat(components.getItems()).anySatisfy(line -> assertThat(line).startsWith("FFmpeg")
                .contains("LGPL-2.1-or-later"));
        assertThat(components.getItems()).anySatisfy(line -> assertThat(line).startsWith("Bouncy Castle")
                .endsWith("MIT (Bouncy Castle Licence)"));

        harness.robot.clickOn("#closeButton");
        harness.await("the About window to close", () -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.Stage s && "About Sealroom".equals(s.getTitle())));
    }

    @Test
    void speaksGerman() throws Exception {
        harness = new AppHarness(config, Settings.DEFAULTS.withDisplayName("Anna").withLanguage("de"),
                FakeIdentityService.loaded());
        harness.awaitNode("#aboutButton");
        assertThat(harness.robot.lookup("#aboutButton").queryLabeled().getText()).isEqualTo("Über");
        harness.robot.clickOn("#aboutButton");

        harness.awaitNode("#versionLabel");
        assertThat(harness.robot.lookup("#closeButton").queryLabeled().getText()).isEqualTo("Schließen");
    }
}
