package org.sealroom.media.recording;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sealroom.media.codec.I420Frame;

/**
 * Draws name captions into recorded pictures: light text on a darkened box at the bottom left of a tile. Text is
 * rendered once per name and size with Java2D (any script the system fonts cover) into a grey mask, kept in a small
 * cache, and blended into the luma plane; the box's chroma is made neutral so the caption reads on any picture.
 */
final class CaptionPainter {
    private static final int CACHED = 32;
    private static final int TEXT_LUMA = 235;

    private final Map<String, Mask> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mask> eldest) {
            return size() > CACHED;
        }
    };

    /** Draws {@code text} at the bottom left of {@code tile}, cut to the tile's width. */
    void draw(I420Frame canvas, Tile tile, String text) {
        if (text.isBlank()) {
            return;
        }
        int fontPx = Math.clamp(tile.height() / 14, 10, 28);
        Mask mask = cache.computeIfAbsent(fontPx + "\u0000" + text, key -> render(text, fontPx));
        int pad = fontPx / 3 & ~1;
        int boxW = Math.min(tile.width() - 2 * pad, mask.width + 2 * pad) & ~1;
        int boxH = Math.min(tile.height(), mask.height + pad) & ~1;
        if (boxW < 4 || boxH < 4) {
            return;
        }
        int boxX = tile.x() + pad;
        int boxY = tile.y() + tile.height() - boxH - pad & ~1;
        darken(canvas, boxX, Math.max(tile.y(), boxY), boxW, boxH);
        blendText(canvas, mask, boxX + pad, Math.max(tile.y(), boxY) + pad / 2, boxW - 2 * pad);
    }

    private static void darken(I420Frame canvas, int x0, int y0, int w, int h) {
        int width = canvas.width();
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int i = y * width + x;
                canvas.y()[i] = (byte) (16 + ((canvas.y()[i] & 0xff) - 16) * 3 / 10);
            }
        }
        int cw = I420Frame.chromaWidth(width);
        for (int y = y0 / 2; y < (y0 + h) / 2; y++) {
            for (int x = x0 / 2; x < (x0 + w) / 2; x++) {
                canvas.u()[y * cw + x] = (byte) 128;
                canvas.v()[y * cw + x] = (byte) 128;
            }
        }
    }

    private static void blendText(I420Frame canvas, Mask mask, int x0, int y0, int maxWidth) {
        int width = canvas.width();
        int w = Math.min(mask.width, maxWidth);
        int h = Math.min(mask.height, canvas.height() - y0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = mask.alpha[y * mask.width + x] & 0xff;
                if (alpha != 0) {
                    int i = (y0 + y) * width + x0 + x;
                    int under = canvas.y()[i] & 0xff;
                    canvas.y()[i] = (byte) (under + (TEXT_LUMA - under) * alpha / 255);
                }
            }
        }
    }

    private static Mask render(String text, int fontPx) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, fontPx);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D measure = probe.createGraphics();
        FontMetrics metrics = measure.getFontMetrics(font);
        int w = Math.max(1, metrics.stringWidth(text));
        int h = Math.max(1, metrics.getAscent() + metrics.getDescent());
        measure.dispose();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        g.drawString(text, 0, metrics.getAscent());
        g.dispose();
        return new Mask(w, h, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    }

    private record Mask(int width, int height, byte[] alpha) {
    }
}
