package org.sealroom.media.codec;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.bytedeco.ffmpeg.avutil.AVRational;
import org.sealroom.media.pipeline.Stage;

/**
 * Encodes pictures with libvpx VP8 in real-time mode, scaling them to the profile's size first. Keyframes come only on
 * request ({@link #requestKeyframe()}) or after a profile change; a changed profile (from the bitrate ladder) takes
 * effect on the next picture.
 */
public final class Vp8Encoder extends Stage<I420Frame, EncodedFrame> implements AutoCloseable {
    /** Keyframe interval without requests: a safety net, not the recovery mechanism. */
    private static final int SAFETY_GOP_SECONDS = 60;

    private final AtomicReference<Vp8Profile> nextProfile;
    private final AtomicBoolean keyframeRequested = new AtomicBoolean();
    private final FrameScaler scaler = new FrameScaler();
    private Vp8Profile profile;
    private CodecContext codec;
    private long keyframes;

    public Vp8Encoder(Vp8Profile profile) {
        super("vp8-encoder");
        this.nextProfile = new AtomicReference<>(Objects.requireNonNull(profile, "profile"));
        open(profile);
    }

    /** Asks for the next picture to be a keyframe (a receiver lost packets). Safe from any thread. */
    public void requestKeyframe() {
        keyframeRequested.set(true);
    }

    /** Switches to {@code profile} from the next picture on. Safe from any thread. */
    public void reconfigure(Vp8Profile profile) {
        nextProfile.set(Objects.requireNonNull(profile, "profile"));
    }

    public synchronized Vp8Profile profile() {
        return profile;
    }

    public synchronized long keyframesSent() {
        return keyframes;
    }

    /** Encodes one picture; returns {@code null} if libvpx skipped it to hold the bitrate. */
    public synchronized EncodedFrame encode(I420Frame picture) {
        Vp8Profile wanted = nextProfile.get();
        if (!wanted.equals(profile)) {
            codec.close();
            open(wanted);
        }
        codec.ensureOpen("VP8 encoder");
        I420Frame scaled = scaler.scale(picture, profile.width(), profile.height());
        Ffmpeg.check(av_frame_make_writable(codec.frame), "preparing the VP8 input picture");
        Planes.copyInto(scaled, codec.frame);
        codec.frame.pts(picture.timestampMicros());
        codec.frame.duration(1_000_000L / profile.frameRate());
        codec.frame.pict_type(keyframeRequested.getAndSet(false) ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        Ffmpeg.check(avcodec_send_frame(codec.context, codec.frame), "VP8 encoding");
        EncodedFrame result = null;
        for (EncodedFrame packet = codec.takePacket(); packet != null; packet = codec.takePacket()) {
            result = packet;
            keyframes += packet.keyframe() ? 1 : 0;
        }
        return result;
    }

    @Override
    protected void process(I420Frame picture, Consumer<EncodedFrame> out) {
        emitOrDrop(encode(picture), out, "encoder-skipped");
    }

    private void open(Vp8Profile p) {
        codec = openContext(p, p.frameRate() * SAFETY_GOP_SECONDS, av_make_q(1, 1_000_000), false);
        profile = p;
    }

    /**
     * An opened libvpx context for {@code p} with an allocated input picture: a keyframe at least every
     * {@code gopFrames}, timestamps in {@code timeBase}; {@code globalHeader} for containers that want it.
     */
    static CodecContext openContext(Vp8Profile p, int gopFrames, AVRational timeBase, boolean globalHeader) {
        CodecContext opened = new CodecContext(Ffmpeg.encoder("libvpx"), ctx -> {
            ctx.width(p.width());
            ctx.height(p.height());
            ctx.pix_fmt(AV_PIX_FMT_YUV420P);
            ctx.time_base(timeBase);
            ctx.framerate(av_make_q(p.frameRate(), 1));
            ctx.bit_rate(p.bitrateKbps() * 1000L);
            ctx.rc_buffer_size(p.bitrateKbps() * 1000);
            ctx.gop_size(gopFrames);
            ctx.max_b_frames(0);
            ctx.qmin(4);
            ctx.qmax(p.qmax());
            ctx.thread_count(p.width() * p.height() > 1280 * 720 ? 2 : 1);
            if (globalHeader) {
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
        }, p.encoderOptions());
        opened.frame.width(p.width());
        opened.frame.height(p.height());
        opened.frame.format(AV_PIX_FMT_YUV420P);
        opened.allocateFrame(32, "the VP8 input picture");
        return opened;
    }

    @Override
    public synchronized void close() {
        codec.close();
        scaler.close();
    }
}
