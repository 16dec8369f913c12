package org.sealroom.media.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileTest {

    @Test
    void gridsAreAsSquareAsPossibleAndCentreTheLastRow() {
        assertThat(Tile.grid(1, 1280, 720)).containsExactly(new Tile(0, 0, 1280, 720));
        assertThat(Tile.grid(3, 1280, 720)).containsExactly(new Tile(0, 0, 640, 360), new Tile(640, 0, 640, 360),
                new Tile(320, 360, 640, 360));
        assertThat(Tile.grid(5, 1280, 720)).hasSize(5).allSatisfy(tile -> {
            assertThat(tile.width()).isEqualTo(426);
            assertThat(tile.height()).isEqualTo(360);
        });
    }

    @Test
    void fittingKeepsTheAspectRatioAndEvenSizes() {
        assertThat(new Tile(0, 0, 640, 360).fit(1280, 720)).isEqualTo(new Tile(0, 0, 640, 360));
        assertThat(new Tile(0, 0, 640, 360).fit(4, 3)).isEqualTo(new Tile(80, 0, 480, 360));
        assertThat(new Tile(100, 50, 426, 360).fit(16, 9)).isEqualTo(new Tile(100, 110, 426, 238));
    }
}
