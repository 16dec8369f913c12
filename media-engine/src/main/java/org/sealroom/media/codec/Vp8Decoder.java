package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

import java.util.Map;
import java.util.function.Consumer;

import org.sealroom.media.pipeline.Stage;

/** Decodes VP8 with FFmpeg's native decoder into I420 pictures. */
public final class Vp8Decoder extends Stage<EncodedFrame, I420Frame> implements AutoCloseable {
    private final CodecContext codec;

    public Vp8Decoder() {
        super("vp8-decoder");
        codec = new CodecContext(Ffmpeg.decoder("vp8"), ctx -> ctx.thread_count(1), Map.of());
    }

    /** Decodes one frame; returns {@code null} if the decoder produced no picture, throws for corrupt data. */
    public synchronized I420Frame decode(EncodedFrame frame) {
        codec.ensureOpen("VP8 decoder");
        codec.sendPacket(frame.data(), "VP8 decoding");
        I420Frame picture = null;
        while (avcodec_receive_frame(codec.context, codec.frame) == 0) {
            if (codec.frame.format() != AV_PIX_FMT_YUV420P) {
                av_frame_unref(codec.frame);
                throw new CodecException("VP8 decoder produced pixel format " + codec.frame.format());
            }
            picture = Planes.copyOut(codec.frame, frame.timestampMicros());
            av_frame_unref(codec.frame);
        }
        return picture;
    }

    @Override
    protected void process(EncodedFrame frame, Consumer<I420Frame> out) {
        emitOrDrop(decode(frame), out, "no-picture");
    }

    @Override
    public synchronized void close() {
        codec.close();
    }
}
