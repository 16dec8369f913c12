package org.sealroom.media.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sealroom.media.support.ChildJvm;
import org.sealroom.media.support.XvfbDisplay;
import org.sealroom.media.support.XvfbExtension;

/** Screen capture on a private Xvfb, in a child JVM whose DISPLAY points at it. */
@ExtendWith(XvfbExtension.class)
class ScreenCaptureUnderXvfbTest {
    @Test
    void nativeCaptureYieldsFramesOfTheScreenSize(XvfbDisplay display) throws Exception {
        ChildJvm.Result result = ChildJvm.run(ScreenCaptureProbe.class, Map.of("DISPLAY", display.name()), List.of(),
                "3");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("inventory AVAILABLE 1 screen found")
                .contains("source AVAILABLE capturing")
                .contains("done");
        assertThat(frames(result)).hasSize(3).containsOnly("frame " + display.width() + "x" + display.height());
    }

    @Test
    void robotFallbackYieldsFramesOfTheScreenSizeAndSaysSo(XvfbDisplay display) throws Exception {
        ChildJvm.Result result = ChildJvm.run(ScreenCaptureProbe.class, Map.of("DISPLAY", display.name()),
                List.of("-D" + DeviceEnumerator.FORCE_ROBOT_PROPERTY + "=true"), "3");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("inventory FALLBACK native screen capture unavailable")
                .contains("using java.awt.Robot")
                .contains("source FALLBACK");
        assertThat(frames(result)).hasSize(3).containsOnly("frame " + display.width() + "x" + display.height());
    }

    private static List<String> frames(ChildJvm.Result result) {
        return result.output().lines().filter(l -> l.startsWith("frame ") || l.equals("timeout")).toList();
    }
}
