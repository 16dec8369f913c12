package org.sealroom.client.ui.fakes;

import java.nio.IntBuffer;
import org.sealroom.client.session.VideoFrame;

/** Pictures for tests and screenshots, made here rather than loaded: premultiplied ARGB like decoded video. */
public final class TestFrames {

    private TestFrames() {}

    /** One opaque colour. */
    public static VideoFrame solid(int width, int height, int rgb, long number) {
        IntBuffer pixels = IntBuffer.allocate(width * height);
        int argb = 0xFF000000 | rgb;
        for (int i = 0; i < width * height; i++) {
            pixels.put(argb);
        }
        pixels.flip();
        return new VideoFrame(VideoFrame.Source.CAMERA, width, height, pixels, number);
    }

    /**
     * A stand-in for a person on camera: a soft vertical gradient as the room, a lit head and shoulders in front, all
     * in the given hues.
     */
    public static VideoFrame portrait(int width, int height, int wallRgb, int shirtRgb, long number) {
        IntBuffer pixels = IntBuffer.allocate(width * height);
        double headX = width * 0.5;
        double headY = height * 0.42;
        double headR = height * 0.17;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double shade = 0.75 + 0.35 * (1 - (double) y / height);
                int rgb = scale(wallRgb, shade);
                double dx = (x - headX) / headR;
                double dy = (y - headY) / (headR * 1.18);
                double shoulders = Math.pow((x - headX) / (width * 0.3), 2) + Math.pow((y - height * 1.02) / (height * 0.34), 2);
                double eyeY = dy + 0.12;
                double leftEye = Math.pow((dx + 0.36) / 0.11, 2) + Math.pow(eyeY / 0.08, 2);
                double rightEye = Math.pow((dx - 0.36) / 0.11, 2) + Math.pow(eyeY / 0.08, 2);
                double smile = Math.pow(dx / 0.34, 2) + Math.pow((dy - 0.36) / 0.16, 2);
                if (shoulders < 1) {
                    rgb = scale(shirtRgb, 0.85 + 0.2 * (1 - shoulders));
                } else if (leftEye < 1 || rightEye < 1) {
                    rgb = 0x2A211C;
                } else if (smile < 1 && dy > 0.4) {
                    rgb = 0xA8574F;
                } else if (dx * dx + dy * dy < 1) {
                    rgb = scale(0xE0B49A, 0.8 + 0.25 * (1 - (dx * dx + dy * dy)));
                } else if (Math.abs(dy + 0.55) < 0.5 && dx * dx + (dy + 0.2) * (dy + 0.2) < 1.25) {
                    rgb = 0x3B2A20;
                }
                pixels.put(0xFF000000 | rgb);
            }
        }
        pixels.flip();
        return new VideoFrame(VideoFrame.Source.CAMERA, width, height, pixels, number);
    }

    /** A shared screen: a window with a title bar and some "text" lines. */
    public static VideoFrame screen(int width, int height, long number) {
        IntBuffer pixels = IntBuffer.allocate(width * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = 0xF4F6F8;
                if (y < height * 0.07) {
                    rgb = 0x2B3440;
                } else if (x < width * 0.18) {
                    rgb = 0xE5E9EE;
                } else {
                    int line = (int) ((y - height * 0.12) / (height * 0.045));
                    double lineTop = height * 0.12 + line * height * 0.045;
                    boolean ink = y > lineTop && y < lineTop + height * 0.018 && line >= 0 && line < 16
                            && x > width * 0.22 && x < width * (0.55 + 0.35 * ((line * 37) % 10) / 10.0);
                    if (ink) rgb = line % 5 == 0 ? 0x2563EB : 0x4B5563;
                    if (line == 9 && y > lineTop - height * 0.02 && y < lineTop + height * 0.12 && x > width * 0.6 && x < width * 0.92) {
                        rgb = 0x93C5FD;
                    }
                }
                pixels.put(0xFF000000 | rgb);
            }
        }
        pixels.flip();
        return new VideoFrame(VideoFrame.Source.SCREEN, width, height, pixels, number);
    }

    private static int scale(int rgb, double factor) {
        int r = Math.min(255, (int) (((rgb >> 16) & 0xFF) * factor));
        int g = Math.min(255, (int) (((rgb >> 8) & 0xFF) * factor));
        int b = Math.min(255, (int) ((rgb & 0xFF) * factor));
        return (r << 16) | (g << 8) | b;
    }
}
