package org.sealroom.media.control;

/** One step of a {@link BitrateLadder}: how large, how often and how many bits. */
public record BitrateRung(int width, int height, int frameRate, int bitrateKbps) {
    public BitrateRung {
        if (width <= 0 || height <= 0 || frameRate <= 0 || bitrateKbps <= 0) {
            throw new IllegalArgumentException("rung values must be positive: " + width + "x" + height + "@"
                    + frameRate + " " + bitrateKbps + "k");
        }
    }
}
