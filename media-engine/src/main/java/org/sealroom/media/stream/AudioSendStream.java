package org.sealroom.media.stream;

import java.util.List;
import java.util.function.Consumer;

import org.sealroom.media.audio.AudioProcessor;
import org.sealroom.media.audio.DiscontinuousTransmission;
import org.sealroom.media.audio.RedundancyEncoder;
import org.sealroom.media.audio.SampleClock;
import org.sealroom.media.audio.VoiceActivity;
import org.sealroom.media.audio.VoiceActivityDetector;
import org.sealroom.media.codec.OpusEncoder;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.packet.PacketSink;
import org.sealroom.media.packet.Packetizer;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.pipeline.PipelineBuilder;
import org.sealroom.media.pipeline.StageStats;

/**
 * Microphone to transport: {@code sample-clock -> audio-processing -> voice-activity -> dtx -> opus-encoder ->
 * redundancy-encoder -> packetizer -> transport}.
 * Feed it 20 ms frames with {@link #accept}; packets come out at the {@link PacketSink}.
 */
public final class AudioSendStream implements Consumer<PcmFrame>, AutoCloseable {
    private final OpusEncoder encoder;
    private final VoiceActivityDetector vad;
    private final Pipeline<PcmFrame> pipeline;

    /**
     * @param processor echo cancellation and the rest, or {@code null} for sources that need none (synthetic tone)
     * @param dtx       whether to stop sending during silence
     */
    public AudioSendStream(int streamId, OpusSettings settings, AudioProcessor processor, boolean dtx,
                           PacketSink sink) {
        this.encoder = new OpusEncoder(settings);
        this.vad = new VoiceActivityDetector();
        PipelineBuilder<PcmFrame, PcmFrame> path = Pipeline.<PcmFrame>named("audio-send").then(new SampleClock());
        if (processor != null) {
            path = path.then(processor);
        }
        path = path.then(vad);
        if (dtx) {
            path = path.then(new DiscontinuousTransmission(vad));
        }
        this.pipeline = path
                .then(encoder)
                .then(new RedundancyEncoder())
                .then(new Packetizer(streamId))
                .into("transport", sink::send);
    }

    /** Sends one captured 20 ms frame. */
    @Override
    public void accept(PcmFrame frame) {
        pipeline.accept(frame);
    }

    /** Whether the local person is speaking (for the active-speaker indicator). */
    public VoiceActivity voiceActivity() {
        return vad.current();
    }

    public String describe() {
        return pipeline.describe();
    }

    public List<StageStats> stats() {
        return pipeline.stats();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
