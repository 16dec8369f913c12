package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

/** Resizes I420 pictures with FFmpeg's swscale (area averaging keeps downscaled text legible). */
public final class FrameScaler implements AutoCloseable {
    private SwsContext context;
    private AVFrame in;
    private AVFrame out;
    private int inW;
    private int inH;
    private int outW;
    private int outH;

    public FrameScaler() {
        Ffmpeg.ensureLoaded();
    }

    /** Returns {@code frame} scaled to {@code width x height}, or {@code frame} itself when it already has that size. */
    public synchronized I420Frame scale(I420Frame frame, int width, int height) {
        if (frame.width() == width && frame.height() == height) {
            return frame;
        }
        prepare(frame.width(), frame.height(), width, height);
        Planes.copyInto(frame, in);
        sws_scale(context, in.data(), in.linesize(), 0, frame.height(), out.data(), out.linesize());
        return Planes.copyOut(out, frame.timestampMicros());
    }

    private void prepare(int srcW, int srcH, int dstW, int dstH) {
        context = sws_getCachedContext(context, srcW, srcH, AV_PIX_FMT_YUV420P, dstW, dstH, AV_PIX_FMT_YUV420P,
                SWS_AREA, null, null, (DoublePointer) null);
        if (context == null) {
            throw new CodecException("swscale cannot scale " + srcW + "x" + srcH + " to " + dstW + "x" + dstH);
        }
        if (srcW != inW || srcH != inH) {
            in = replace(in, srcW, srcH);
            inW = srcW;
            inH = srcH;
        }
        if (dstW != outW || dstH != outH) {
            out = replace(out, dstW, dstH);
            outW = dstW;
            outH = dstH;
        }
    }

    private static AVFrame replace(AVFrame old, int width, int height) {
        if (old != null) {
            av_frame_free(old);
        }
        AVFrame frame = av_frame_alloc();
        frame.width(width);
        frame.height(height);
        frame.format(AV_PIX_FMT_YUV420P);
        Ffmpeg.check(av_frame_get_buffer(frame, 32), "allocating a " + width + "x" + height + " picture");
        return frame;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            sws_freeContext(context);
            context = null;
        }
        if (in != null) {
            av_frame_free(in);
            in = null;
        }
        if (out != null) {
            av_frame_free(out);
            out = null;
        }
    }
}
