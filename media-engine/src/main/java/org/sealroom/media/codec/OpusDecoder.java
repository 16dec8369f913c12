package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

import java.util.Map;

import org.bytedeco.javacpp.ShortPointer;

/**
 * Decodes Opus with libopus through FFmpeg, and conceals lost frames. FFmpeg's API has no "packet lost" call, so a
 * lost frame is decoded as a zero-length Opus frame (a lone TOC byte, RFC 6716 §3.2.1 code 0), which libopus handles
 * with its packet-loss concealment exactly as it would a NULL packet.
 */
public final class OpusDecoder implements AutoCloseable {
    private final CodecContext codec;
    private int lastToc = -1;
    private long concealedFrames;

    public OpusDecoder() {
        codec = new CodecContext(Ffmpeg.decoder("libopus"), ctx -> {
            ctx.sample_rate(PcmFrame.SAMPLE_RATE);
            av_channel_layout_default(ctx.ch_layout(), 1);
            ctx.request_sample_fmt(AV_SAMPLE_FMT_S16);
        }, Map.of());
        if (codec.context.sample_fmt() != AV_SAMPLE_FMT_S16) {
            codec.close();
            throw new CodecException("libopus decoder did not agree to 16-bit output");
        }
    }

    /** Decodes one received frame; throws {@link CodecException} for data libopus rejects. */
    public synchronized PcmFrame decode(EncodedFrame frame) {
        if (frame.data().length == 0) {
            throw new CodecException("empty Opus frame");
        }
        PcmFrame pcm = run(frame.data(), frame.timestampMicros());
        lastToc = frame.data()[0] & 0xff;
        return pcm;
    }

    /** Produces 20 ms standing in for a frame that never came (loss, lateness, or DTX). */
    public synchronized PcmFrame conceal(long timestampMicros) {
        concealedFrames++;
        if (lastToc < 0) {
            return PcmFrame.silence(timestampMicros);
        }
        return run(new byte[] {(byte) (lastToc & 0xfc)}, timestampMicros);
    }

    public synchronized long concealedFrames() {
        return concealedFrames;
    }

    private PcmFrame run(byte[] data, long timestampMicros) {
        codec.ensureOpen("Opus decoder");
        codec.sendPacket(data, "Opus decoding");
        short[] samples = new short[0];
        while (avcodec_receive_frame(codec.context, codec.frame) == 0) {
            int n = codec.frame.nb_samples();
            short[] more = new short[samples.length + n];
            System.arraycopy(samples, 0, more, 0, samples.length);
            new ShortPointer(codec.frame.data(0)).get(more, samples.length, n);
            samples = more;
            av_frame_unref(codec.frame);
        }
        return new PcmFrame(timestampMicros, samples);
    }

    @Override
    public synchronized void close() {
        codec.close();
    }
}
