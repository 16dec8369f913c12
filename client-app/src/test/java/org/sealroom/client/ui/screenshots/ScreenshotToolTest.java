package org.sealroom.client.ui.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screenshot tool renders every screen of the real UI to a picture with real content. */
class ScreenshotToolTest {

    @TempDir Path output;

    @Test
    void rendersEveryScreen() throws Exception {
        List<Path> files = ScreenshotTool.render(output);

        assertThat(files).extracting(f -> f.getFileName().toString()).contains("home.png", "meeting.png",
                "meeting-participants.png", "meeting-security.png", "meeting-screen-share.png", "meeting-speaker.png",
                "meeting-polls.png", "meeting-files.png",
                "settings.png", "settings-dark.png", "waiting-room.png", "first-run.png");
        BufferedImage home = read(output.resolve("home.png"));
        assertThat(home.getWidth()).isEqualTo(1280);
        assertThat(home.getHeight()).isEqualTo(800);
        BufferedImage meeting = read(output.resolve("meeting.png"));
        assertThat(meeting.getWidth()).isEqualTo(1440);
        assertThat(colours(meeting)).as("video, text and controls, not a blank window").isGreaterThan(500);
        assertThat(colours(read(output.resolve("settings.png")))).isGreaterThan(100);
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file.toString()).isNotNull();
        return image;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
