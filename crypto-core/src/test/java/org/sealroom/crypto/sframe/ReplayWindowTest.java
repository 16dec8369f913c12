package org.sealroom.crypto.sframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sealroom.crypto.ReplayException;

class ReplayWindowTest {

    @Test
    void acceptsEachCounterOnceInAnyOrderWithinTheWindow() throws Exception {
        ReplayWindow window = new ReplayWindow(128);
        long[] order = {5, 3, 4, 0, 130, 6, 129, 7};
        for (long ctr : order) {
            window.markSeen(ctr);
        }
        for (long ctr : new long[] {5, 130, 129, 6, 7}) {
            assertReason(window, ctr, ReplayException.Reason.DUPLICATE);
        }
        // The window holds 128 counters, 3 to 130: 3 is the oldest still inside, 2 is behind.
        assertReason(window, 3, ReplayException.Reason.DUPLICATE);
        assertReason(window, 2, ReplayException.Reason.TOO_OLD);
        window.markSeen(100);
        window.markSeen(131);
        assertThat(window.highestAccepted()).isEqualTo(131);
    }

    @Test
    void largeJumpClearsTheWindow() throws Exception {
        ReplayWindow window = new ReplayWindow(128);
        window.markSeen(10);
        window.markSeen(10_000);
        window.markSeen(10_000 - 127);
        assertReason(window, 10, ReplayException.Reason.TOO_OLD);
        assertReason(window, 10_000 - 127, ReplayException.Reason.DUPLICATE);
    }

    @Test
    void treatsCountersAsUnsigned() throws Exception {
        ReplayWindow window = new ReplayWindow(256);
        window.markSeen(Long.MAX_VALUE);
        window.markSeen(Long.MIN_VALUE); // 2^63, above 2^63 - 1
        window.markSeen(-2L);
        assertReason(window, Long.MAX_VALUE, ReplayException.Reason.TOO_OLD);
        window.markSeen(-3L);
        assertReason(window, -3L, ReplayException.Reason.DUPLICATE);
        assertThat(window.highestAccepted()).isEqualTo(-2L);
    }

    @Test
    void checkDoesNotMark() throws Exception {
        ReplayWindow window = new ReplayWindow();
        window.check(1);
        window.check(1);
        window.markSeen(1);
        assertReason(window, 1, ReplayException.Reason.DUPLICATE);
    }

    @Test
    void sizeMustBeAPowerOfTwoOfAtLeast128() {
        assertThat(new ReplayWindow().size()).isGreaterThanOrEqualTo(128);
        for (int bad : new int[] {0, 64, 192, 1 << 17}) {
            assertThatThrownBy(() -> new ReplayWindow(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void assertReason(ReplayWindow window, long ctr, ReplayException.Reason reason) {
        assertThatThrownBy(() -> window.markSeen(ctr)).isInstanceOfSatisfying(ReplayException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
