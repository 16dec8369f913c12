package org.sealroom.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BitrateLadderTest {
    private final BitrateLadder ladder = BitrateLadder.camera();

    @Test
    void stepsDownOnLossAndOnRisingRtt() {
        assertThat(ladder.onReport(new NetworkReport(0, 40)).bitrateKbps()).isEqualTo(600);
        assertThat(ladder.onReport(new NetworkReport(0.15, 40)).bitrateKbps()).isEqualTo(350);
        assertThat(ladder.onReport(new NetworkReport(0, 200)).bitrateKbps()).isEqualTo(200);
        assertThat(ladder.onReport(new NetworkReport(0.5, 40)).bitrateKbps()).isEqualTo(100);
        assertThat(ladder.onReport(new NetworkReport(0.5, 40))).as("bottom rung holds")
                .isEqualTo(new BitrateRung(320, 180, 15, 100));
    }

    @Test
    void stepsBackUpOnlyAfterFiveCleanReportsInARow() {
        ladder.onReport(new NetworkReport(0.2, 40));
        for (int i = 0; i < 4; i++) {
            assertThat(ladder.onReport(new NetworkReport(0.0, 45)).bitrateKbps()).isEqualTo(350);
        }
        assertThat(ladder.onReport(new NetworkReport(0.05, 45)).bitrateKbps()).as("moderate loss restarts the count")
                .isEqualTo(350);
        for (int i = 0; i < 4; i++) {
            ladder.onReport(new NetworkReport(0.0, 45));
        }
        assertThat(ladder.onReport(new NetworkReport(0.0, 45)).bitrateKbps()).isEqualTo(600);
        for (int i = 0; i < 20; i++) {
            ladder.onReport(new NetworkReport(0.0, 45));
        }
        assertThat(ladder.current()).as("top rung holds").isEqualTo(new BitrateRung(960, 540, 30, 1000));
    }

    @Test
    void rejectsReportsThatCannotBe() {
        assertThatThrownBy(() -> new NetworkReport(1.5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkReport(0.1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
