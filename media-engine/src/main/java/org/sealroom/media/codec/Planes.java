package org.sealroom.media.codec;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/** Copies I420 planes between tightly packed Java arrays and FFmpeg frames with padded lines. */
final class Planes {
    private Planes() {
    }

    static void copyInto(I420Frame src, AVFrame dst) {
        int cw = I420Frame.chromaWidth(src.width());
        int ch = I420Frame.chromaHeight(src.height());
        put(src.y(), src.width(), src.height(), dst.data(0), dst.linesize(0));
        put(src.u(), cw, ch, dst.data(1), dst.linesize(1));
        put(src.v(), cw, ch, dst.data(2), dst.linesize(2));
    }

    static I420Frame copyOut(AVFrame src, long timestampMicros) {
        int w = src.width();
        int h = src.height();
        int cw = I420Frame.chromaWidth(w);
        int ch = I420Frame.chromaHeight(h);
        return new I420Frame(w, h, get(src.data(0), src.linesize(0), w, h), get(src.data(1), src.linesize(1), cw, ch),
                get(src.data(2), src.linesize(2), cw, ch), timestampMicros);
    }

    private static void put(byte[] plane, int width, int height, BytePointer dst, int stride) {
        for (int row = 0; row < height; row++) {
            dst.position((long) row * stride).put(plane, row * width, width);
        }
        dst.position(0);
    }

    private static byte[] get(BytePointer src, int stride, int width, int height) {
        byte[] plane = new byte[width * height];
        for (int row = 0; row < height; row++) {
            src.position((long) row * stride).get(plane, row * width, width);
        }
        src.position(0);
        return plane;
    }
}
