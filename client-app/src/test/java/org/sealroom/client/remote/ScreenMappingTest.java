package org.sealroom.client.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenMappingTest {

    private static final ScreenArea LEFT = new ScreenArea(0, 0, 1024, 768);
    private static final ScreenArea RIGHT = new ScreenArea(1024, -100, 1920, 1080);

    @Test
    void fractionsMapToPixelsOfTheSharedScreen() {
        assertThat(LEFT.pixelAt(0.25, 0.75)).isEqualTo(new ScreenArea.Pixel(256, 576));
        assertThat(LEFT.pixelAt(0, 0)).isEqualTo(new ScreenArea.Pixel(0, 0));
        assertThat(LEFT.pixelAt(1, 1)).as("the far edge is the last pixel").isEqualTo(new ScreenArea.Pixel(1023, 767));
        assertThat(RIGHT.pixelAt(0.5, 0.5)).isEqualTo(new ScreenArea.Pixel(1024 + 960, -100 + 540));
    }

    @Test
    void sourcesResolveToTheirScreen() {
        SharedAreas areas = new SharedAreas(() -> List.of(LEFT, RIGHT));
        List<String> natives = List.of("native:11", "native:12");
        assertThat(areas.resolve("awt:1", () -> natives).area()).contains(RIGHT);
        assertThat(areas.resolve("native:11", () -> natives).area()).contains(LEFT);
        assertThat(areas.resolve("native:12", () -> natives).area()).contains(RIGHT);
        assertThat(areas.resolve("synthetic:test-pattern", List::of).area()).contains(LEFT);
        assertThat(areas.resolve("awt:5", List::of).whyNot()).isEqualTo("the shared screen is gone");
        assertThat(areas.resolve("native:77", () -> natives).whyNot())
                .isEqualTo("only shared screens can be controlled, not windows");
        assertThat(areas.resolve("native:11", () -> List.of("native:11")).whyNot())
                .isEqualTo("cannot tell which of 2 screens is shared");
        assertThat(new SharedAreas(List::of).resolve("awt:0", List::of).whyNot())
                .isEqualTo("no screen to control: Java runs without a display");
    }

    @Test
    void keyNamesMapToAwtCodesAndUnknownKeysAreRefused() {
        assertThat(KeyVocabulary.awtKeyCode("A")).contains(KeyEvent.VK_A);
        assertThat(KeyVocabulary.awtKeyCode("DIGIT7")).contains(KeyEvent.VK_7);
        assertThat(KeyVocabulary.awtKeyCode("F12")).contains(KeyEvent.VK_F12);
        assertThat(KeyVocabulary.awtKeyCode("BACK_SPACE")).contains(KeyEvent.VK_BACK_SPACE);
        assertThat(KeyVocabulary.awtKeyCode("PRINTSCREEN")).isEmpty();
        assertThat(KeyVocabulary.awtKeyCode("a")).as("names are exact").isEmpty();
    }
}
