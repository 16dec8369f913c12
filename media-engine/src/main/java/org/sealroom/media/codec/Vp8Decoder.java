package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
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
        Ffmpeg.check(av_new_packet(codec.packet, frame.data().length), "allocating a VP8 packet");
        codec.packet.data().put(frame.data());
        try {
            Ffmpeg.check(avcodec_send_packet(codec.context, codec.packet), "VP8 decoding");
        } finally {
            av_packet_unref(codec.packet);
        }
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
        I420Frame picture = decode(frame);
        if (picture == null) {
            drop("no-picture");
        } else {
            out.accept(picture);
        }
    }

    @Override
    public synchronized void close() {
        codec.close();
    }
}
