package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_count;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;

import java.util.Map;
import java.util.function.Consumer;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * One opened FFmpeg codec with the packet and frame it works through; frees all three on {@link #close()}. Options a
 * codec does not know are an error, so a misspelt tuning knob cannot go unnoticed.
 */
final class CodecContext implements AutoCloseable {
    final AVCodecContext context;
    final AVPacket packet;
    final AVFrame frame;
    private boolean closed;

    CodecContext(AVCodec codec, Consumer<AVCodecContext> configure, Map<String, String> options) {
        AVCodecContext ctx = avcodec_alloc_context3(codec);
        if (ctx == null) {
            throw new CodecException("could not allocate a context for " + codec.name().getString());
        }
        AVDictionary dict = new AVDictionary(null);
        try {
            configure.accept(ctx);
            options.forEach((k, v) -> av_dict_set(dict, k, v, 0));
            Ffmpeg.check(avcodec_open2(ctx, codec, dict), "opening " + codec.name().getString());
            if (av_dict_count(dict) > 0) {
                throw new CodecException(codec.name().getString() + " does not know option '"
                        + av_dict_get(dict, "", null, AV_DICT_IGNORE_SUFFIX).key().getString() + "'");
            }
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        } finally {
            av_dict_free(dict);
        }
        this.context = ctx;
        this.packet = av_packet_alloc();
        this.frame = av_frame_alloc();
    }

    /** Allocates the buffers of {@link #frame} (its size and format set); on failure closes this context. */
    void allocateFrame(int align, String what) {
        try {
            Ffmpeg.check(av_frame_get_buffer(frame, align), "allocating " + what);
        } catch (CodecException e) {
            close();
            throw e;
        }
    }

    /** Hands {@code data} to the decoder as one packet. */
    void sendPacket(byte[] data, String what) {
        Ffmpeg.check(av_new_packet(packet, data.length), what + ": allocating a packet");
        packet.data().put(data);
        try {
            Ffmpeg.check(avcodec_send_packet(context, packet), what);
        } finally {
            av_packet_unref(packet);
        }
    }

    /** The encoder's next packet (timestamp from its pts), or {@code null} when it has none ready. */
    EncodedFrame takePacket() {
        if (avcodec_receive_packet(context, packet) != 0) {
            return null;
        }
        try {
            byte[] data = new byte[packet.size()];
            packet.data().get(data);
            return new EncodedFrame(packet.pts(), (packet.flags() & AV_PKT_FLAG_KEY) != 0, data);
        } finally {
            av_packet_unref(packet);
        }
    }

    void ensureOpen(String what) {
        if (closed) {
            throw new CodecException(what + " is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
    }
}
