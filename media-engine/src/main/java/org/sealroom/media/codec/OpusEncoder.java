package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.util.ArrayDeque;
import java.util.Map;

import org.bytedeco.javacpp.ShortPointer;
import org.sealroom.media.pipeline.Transformer;

/**
 * Encodes 20 ms mono frames with libopus through FFmpeg: VoIP mode, VBR, in-band FEC. Discontinuous transmission is
 * done upstream by {@link org.sealroom.media.audio.DiscontinuousTransmission}, because FFmpeg 7.1's libopus wrapper
 * does not expose {@code OPUS_SET_DTX}.
 */
public final class OpusEncoder extends Transformer<PcmFrame, EncodedFrame> implements AutoCloseable {
    private final CodecContext codec;
    /** libopus emits one packet per frame, shifted by its look-ahead; timestamps are matched in order. */
    private final ArrayDeque<Long> pendingTimestamps = new ArrayDeque<>();
    private long samplesSent;

    public OpusEncoder(OpusSettings settings) {
        super("opus-encoder");
        codec = openContext(settings.bitrateBps(), Map.of(
                "application", "voip",
                "frame_duration", String.valueOf(PcmFrame.FRAME_MILLIS),
                "vbr", "on",
                "fec", settings.inbandFec() ? "1" : "0",
                "packet_loss", String.valueOf(settings.expectedLossPercent())), false);
    }

    /**
     * An opened libopus context for 48 kHz mono 16-bit input with an allocated 20 ms input frame, timestamps in
     * samples; {@code globalHeader} for containers that want it.
     */
    static CodecContext openContext(int bitrateBps, Map<String, String> options, boolean globalHeader) {
        CodecContext opened = new CodecContext(Ffmpeg.encoder("libopus"), ctx -> {
            ctx.sample_rate(PcmFrame.SAMPLE_RATE);
            ctx.sample_fmt(AV_SAMPLE_FMT_S16);
            av_channel_layout_default(ctx.ch_layout(), 1);
            ctx.bit_rate(bitrateBps);
            ctx.time_base(av_make_q(1, PcmFrame.SAMPLE_RATE));
            if (globalHeader) {
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
        }, options);
        opened.frame.nb_samples(PcmFrame.SAMPLES_PER_FRAME);
        opened.frame.format(AV_SAMPLE_FMT_S16);
        opened.frame.sample_rate(PcmFrame.SAMPLE_RATE);
        av_channel_layout_copy(opened.frame.ch_layout(), opened.context.ch_layout());
        opened.allocateFrame(0, "the Opus input frame");
        return opened;
    }

    /** Encodes one 20 ms frame; throws {@link CodecException} for a frame of the wrong length. */
    public synchronized EncodedFrame encode(PcmFrame pcm) {
        codec.ensureOpen("Opus encoder");
        if (pcm.samples().length != PcmFrame.SAMPLES_PER_FRAME) {
            throw new CodecException("Opus frames must have " + PcmFrame.SAMPLES_PER_FRAME + " samples, had "
                    + pcm.samples().length);
        }
        Ffmpeg.check(av_frame_make_writable(codec.frame), "preparing the Opus input frame");
        new ShortPointer(codec.frame.data(0)).put(pcm.samples(), 0, PcmFrame.SAMPLES_PER_FRAME);
        codec.frame.pts(samplesSent);
        samplesSent += PcmFrame.SAMPLES_PER_FRAME;
        Ffmpeg.check(avcodec_send_frame(codec.context, codec.frame), "Opus encoding");
        pendingTimestamps.addLast(pcm.timestampMicros());
        EncodedFrame result = null;
        for (EncodedFrame packet = codec.takePacket(); packet != null; packet = codec.takePacket()) {
            result = new EncodedFrame(pendingTimestamps.removeFirst(), true, packet.data());
        }
        if (result == null) {
            throw new CodecException("libopus returned no packet for a full frame");
        }
        return result;
    }

    @Override
    protected EncodedFrame transform(PcmFrame pcm) {
        return encode(pcm);
    }

    @Override
    public synchronized void close() {
        codec.close();
    }
}
