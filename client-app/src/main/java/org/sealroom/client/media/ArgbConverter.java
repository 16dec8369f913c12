package org.sealroom.client.media;

import java.nio.IntBuffer;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.codec.I420Frame;

/**
 * Turns decoded I420 pictures into the premultiplied ARGB {@link VideoFrame}s front ends draw, writing each picture
 * once, straight into a buffer this converter owns and reuses: it belongs to the caller until the next {@link #convert}
 * (the {@link VideoFrame} contract). Colours are BT.601 limited range, what VP8 carries; pixels are opaque, so
 * premultiplied and straight alpha are the same. One converter per stream; not thread-safe.
 */
public final class ArgbConverter {

    private static final int OPAQUE = 0xff000000;

    private final VideoFrame.Source source;
    private int[] pixels = new int[0];

    public ArgbConverter(VideoFrame.Source source) {
        this.source = source;
    }

    public VideoFrame convert(I420Frame picture, long frameNumber) {
        int width = picture.width();
        int height = picture.height();
        if (pixels.length != width * height) {
            pixels = new int[width * height];
        }
        byte[] y = picture.y();
        byte[] u = picture.u();
        byte[] v = picture.v();
        int chromaWidth = I420Frame.chromaWidth(width);
        for (int row = 0; row < height; row++) {
            int luma = row * width;
            int chroma = (row >> 1) * chromaWidth;
            for (int col = 0; col < width; col++) {
                int d = (u[chroma + (col >> 1)] & 0xff) - 128;
                int e = (v[chroma + (col >> 1)] & 0xff) - 128;
                int c = 298 * ((y[luma + col] & 0xff) - 16) + 128;
                int r = clamp((c + 409 * e) >> 8);
                int g = clamp((c - 100 * d - 208 * e) >> 8);
                int b = clamp((c + 516 * d) >> 8);
                pixels[luma + col] = OPAQUE | r << 16 | g << 8 | b;
            }
        }
        return new VideoFrame(source, width, height, IntBuffer.wrap(pixels), frameNumber);
    }

    private static int clamp(int channel) {
        return channel < 0 ? 0 : Math.min(channel, 255);
    }
}
