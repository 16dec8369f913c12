package org.sealroom.media.stream;

import java.util.List;
import java.util.function.Consumer;

import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.Vp8Encoder;
import org.sealroom.media.codec.Vp8Profile;
import org.sealroom.media.control.BitrateLadder;
import org.sealroom.media.control.BitrateRung;
import org.sealroom.media.control.NetworkReport;
import org.sealroom.media.packet.PacketSink;
import org.sealroom.media.packet.Packetizer;
import org.sealroom.media.pipeline.Observer;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.pipeline.StageStats;

/**
 * Camera or screen to transport: {@code frame-rate-limiter -> rung-fitter -> vp8-encoder -> packetizer -> transport}.
 * The bitrate ladder picks size, frame rate and bitrate from {@link #onNetworkReport}; pictures are scaled to fit the
 * rung (keeping their aspect, never enlarged).
 */
public final class VideoSendStream implements Consumer<I420Frame>, AutoCloseable {
    private final Vp8Profile baseProfile;
    private final BitrateLadder ladder;
    private final Vp8Encoder encoder;
    private final Pipeline<I420Frame> pipeline;
    private volatile BitrateRung rung;

    public VideoSendStream(int streamId, Vp8Profile baseProfile, BitrateLadder ladder, PacketSink sink) {
        this.baseProfile = baseProfile;
        this.ladder = ladder;
        this.rung = ladder.current();
        this.encoder = new Vp8Encoder(baseProfile);
        this.pipeline = Pipeline.<I420Frame>named(baseProfile.name() + "-send")
                .then(new FrameRateLimiter(() -> rung.frameRate()))
                .then(new Observer<I420Frame>("rung-fitter") {
                    @Override
                    protected void observe(I420Frame picture) {
                        encoder.reconfigure(profileFor(picture));
                    }
                })
                .then(encoder)
                .then(new Packetizer(streamId))
                .into("transport", sink::send);
    }

    /** A camera stream on the camera ladder. */
    public static VideoSendStream camera(int streamId, PacketSink sink) {
        BitrateLadder ladder = BitrateLadder.camera();
        BitrateRung r = ladder.current();
        return new VideoSendStream(streamId, Vp8Profile.camera(r.width(), r.height(), r.frameRate(), r.bitrateKbps()),
                ladder, sink);
    }

    /** A screen-share stream on the screen ladder. */
    public static VideoSendStream screenShare(int streamId, PacketSink sink) {
        BitrateLadder ladder = BitrateLadder.screenShare();
        BitrateRung r = ladder.current();
        return new VideoSendStream(streamId,
                Vp8Profile.screenShare(r.width(), r.height(), r.frameRate(), r.bitrateKbps()), ladder, sink);
    }

    /** Encodes and sends one captured picture. */
    @Override
    public void accept(I420Frame picture) {
        pipeline.accept(picture);
    }

    /** A receiver asked for a keyframe (its control message arrived). */
    public void requestKeyframe() {
        encoder.requestKeyframe();
    }

    /** A receiver report arrived: may move the stream up or down the ladder. */
    public void onNetworkReport(NetworkReport report) {
        rung = ladder.onReport(report);
    }

    public BitrateRung rung() {
        return rung;
    }

    public Vp8Profile profile() {
        return encoder.profile();
    }

    public long keyframesSent() {
        return encoder.keyframesSent();
    }

    public String describe() {
        return pipeline.describe();
    }

    public List<StageStats> stats() {
        return pipeline.stats();
    }

    private Vp8Profile profileFor(I420Frame picture) {
        BitrateRung r = rung;
        double scale = Math.min(1.0, Math.min(r.width() / (double) picture.width(),
                r.height() / (double) picture.height()));
        int w = Math.max(16, (int) Math.round(picture.width() * scale) & ~1);
        int h = Math.max(16, (int) Math.round(picture.height() * scale) & ~1);
        return baseProfile.withSize(w, h).withBitrate(r.bitrateKbps(), r.frameRate());
    }

    @Override
    public void close() {
        encoder.close();
    }
}
