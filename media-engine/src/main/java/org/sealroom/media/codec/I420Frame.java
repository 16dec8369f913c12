package org.sealroom.media.codec;

import java.util.Objects;

/**
 * A picture in planar YUV 4:2:0 (I420) with tightly packed planes: luma {@code width x height}, each chroma plane
 * {@code ceil(width/2) x ceil(height/2)}.
 *
 * @param timestampMicros capture time (sender's media clock)
 */
public record I420Frame(int width, int height, byte[] y, byte[] u, byte[] v, long timestampMicros) {
    public I420Frame {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(u, "u");
        Objects.requireNonNull(v, "v");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
        }
        int chroma = chromaWidth(width) * chromaHeight(height);
        if (y.length != width * height || u.length != chroma || v.length != chroma) {
            throw new IllegalArgumentException("plane sizes " + y.length + "/" + u.length + "/" + v.length
                    + " do not fit " + width + "x" + height);
        }
    }

    /** A black picture to draw on. */
    public static I420Frame blank(int width, int height, long timestampMicros) {
        int chroma = chromaWidth(width) * chromaHeight(height);
        byte[] y = new byte[width * height];
        java.util.Arrays.fill(y, (byte) 16);
        byte[] u = new byte[chroma];
        byte[] v = new byte[chroma];
        java.util.Arrays.fill(u, (byte) 128);
        java.util.Arrays.fill(v, (byte) 128);
        return new I420Frame(width, height, y, u, v, timestampMicros);
    }

    public static int chromaWidth(int width) {
        return (width + 1) / 2;
    }

    public static int chromaHeight(int height) {
        return (height + 1) / 2;
    }

    public I420Frame withTimestamp(long micros) {
        return new I420Frame(width, height, y, u, v, micros);
    }

    @Override
    public String toString() {
        return "I420Frame[" + width + "x" + height + ", ts=" + timestampMicros + "]";
    }
}
