package org.sealroom.media.stream;

import java.util.function.Consumer;

import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.Vp8Decoder;
import org.sealroom.media.control.DecodabilityGate;
import org.sealroom.media.control.KeyframeRequestSink;
import org.sealroom.media.control.KeyframeRequester;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.jitter.VideoJitterBuffer;
import org.sealroom.media.jitter.VideoJitterStats;
import org.sealroom.media.packet.FrameAssembler;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.packet.PacketValidator;
import org.sealroom.media.packet.ReceivedFrame;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.pipeline.Transformer;

/**
 * Transport to screen, in two halves joined by the jitter buffer.
 * <ul>
 *   <li>receive (network thread): {@code packet-validator -> frame-assembler -> jitter-buffer} through
 *       {@link #send(MediaPacket)};</li>
 *   <li>render (render thread, every few ms): {@code jitter-buffer -> decodability-gate -> vp8-decoder -> renderer}
 *       through {@link #render(long)}. After loss the picture freezes and keyframes are requested until one arrives.</li>
 * </ul>
 */
public final class VideoReceiveStream extends ReceiveStream<ReceivedFrame> {
    private final VideoJitterBuffer jitter;
    private final Vp8Decoder decoder;
    private final KeyframeRequester keyframes;
    private final DecodabilityGate gate;

    public VideoReceiveStream(int streamId, MediaClock clock, SyncGroup.Member sync, KeyframeRequestSink requests,
                              Consumer<I420Frame> renderer) {
        this.jitter = new VideoJitterBuffer(sync);
        this.decoder = new Vp8Decoder();
        this.keyframes = new KeyframeRequester(streamId, requests, clock);
        this.gate = new DecodabilityGate(keyframes);
        wire(Pipeline.<MediaPacket>named("video-receive")
                .then(new PacketValidator(streamId))
                .then(new FrameAssembler(clock))
                .into("jitter-buffer", jitter::insert),
                Pipeline.<ReceivedFrame>named("video-render")
                .then(gate)
                .then(Transformer.<ReceivedFrame, EncodedFrame>of("unwrap", ReceivedFrame::frame))
                .then(decoder)
                .into("renderer", renderer));
    }

    /** Decodes and renders every frame due at {@code nowMicros}. */
    public synchronized void render(long nowMicros) {
        for (ReceivedFrame frame : jitter.poll(nowMicros)) {
            long errorsBefore = decoder.stats().dropped("error");
            playout().accept(frame);
            if (decoder.stats().dropped("error") > errorsBefore) {
                // The decoder's references may be damaged: wait for a keyframe rather than show garbage.
                gate.reset();
                keyframes.request();
            }
        }
    }

    public long keyframeRequests() {
        return keyframes.requestsSent();
    }

    public VideoJitterStats jitterStats() {
        return jitter.stats();
    }

    @Override
    public synchronized void close() {
        decoder.close();
    }
}
