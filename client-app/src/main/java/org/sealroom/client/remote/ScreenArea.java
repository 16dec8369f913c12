package org.sealroom.client.remote;

/** The shared screen's bounds in the sharer's desktop coordinates (what {@link java.awt.Robot} moves within). */
public record ScreenArea(int x, int y, int width, int height) {

    public ScreenArea {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a screen area needs a positive size, was " + width + "x" + height);
        }
    }

    /** The pixel at fractions ({@code fx}, {@code fy}) of the area, clamped to its last row and column. */
    public Pixel pixelAt(double fx, double fy) {
        int px = Math.min(width - 1, (int) Math.floor(fx * width));
        int py = Math.min(height - 1, (int) Math.floor(fy * height));
        return new Pixel(x + px, y + py);
    }

    /** A point on the sharer's desktop. */
    public record Pixel(int x, int y) {}
}
