package org.sealroom.media.codec;

/**
 * How a meeting recording is encoded and laid out in its WebM file.
 *
 * @param keyframeSeconds a keyframe at least this often, so players can seek and a cut-off file decodes from any
 *                        cluster
 * @param clusterMillis   longest Matroska cluster: at most this much is lost when the app is killed
 * @param clusterBytes    largest Matroska cluster
 */
public record WebmSettings(int width, int height, int frameRate, int videoBitrateKbps, int audioBitrateBps,
                           int keyframeSeconds, int clusterMillis, int clusterBytes) {
    public WebmSettings {
        videoProfileFor(width, height, frameRate, videoBitrateKbps); // validates the picture size and rates
        new OpusSettings(audioBitrateBps, 0, false);
        if (keyframeSeconds < 1 || clusterMillis < 100 || clusterBytes < 64 * 1024) {
            throw new IllegalArgumentException("bad recording cadence: keyframes every " + keyframeSeconds
                    + " s, clusters of " + clusterMillis + " ms / " + clusterBytes + " bytes");
        }
    }

    /** 1280x720 at 15 frames a second, 1.5 Mbit/s VP8, 64 kbit/s Opus, a keyframe every 2 s, 1 s clusters. */
    public static WebmSettings meeting() {
        return new WebmSettings(1280, 720, 15, 1500, 64_000, 2, 1000, 1 << 20);
    }

    public WebmSettings withSize(int w, int h) {
        return new WebmSettings(w, h, frameRate, videoBitrateKbps, audioBitrateBps, keyframeSeconds, clusterMillis,
                clusterBytes);
    }

    /** The libvpx tuning of the recording: real-time speed that adapts to the CPU, no error resilience needed. */
    Vp8Profile videoProfile() {
        return videoProfileFor(width, height, frameRate, videoBitrateKbps);
    }

    private static Vp8Profile videoProfileFor(int width, int height, int frameRate, int kbps) {
        return new Vp8Profile("recording", width, height, frameRate, kbps, 8, 56, 0, false);
    }
}
