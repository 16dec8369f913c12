package org.sealroom.media.device;

import java.awt.image.BufferedImage;

import org.sealroom.media.codec.I420Frame;

/** Converts a screenshot to I420 with BT.601 limited-range coefficients, averaging each 2x2 block for chroma. */
final class RgbToI420 {
    private RgbToI420() {
    }

    static I420Frame convert(BufferedImage image, long timestampMicros) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int cw = I420Frame.chromaWidth(w);
        int ch = I420Frame.chromaHeight(h);
        byte[] y = new byte[w * h];
        byte[] u = new byte[cw * ch];
        byte[] v = new byte[cw * ch];
        for (int i = 0; i < w * h; i++) {
            int p = rgb[i];
            y[i] = (byte) (((66 * ((p >> 16) & 0xff) + 129 * ((p >> 8) & 0xff) + 25 * (p & 0xff) + 128) >> 8) + 16);
        }
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                int r = 0, g = 0, b = 0, n = 0;
                for (int dy = 0; dy < 2 && 2 * cy + dy < h; dy++) {
                    for (int dx = 0; dx < 2 && 2 * cx + dx < w; dx++) {
                        int p = rgb[(2 * cy + dy) * w + 2 * cx + dx];
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                        n++;
                    }
                }
                r /= n;
                g /= n;
                b /= n;
                u[cy * cw + cx] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                v[cy * cw + cx] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
        return new I420Frame(w, h, y, u, v, timestampMicros);
    }
}
