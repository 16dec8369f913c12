package org.sealroom.media.stream;

import java.util.function.Consumer;

import org.sealroom.media.MediaClock;
import org.sealroom.media.audio.RedundancyDecoder;
import org.sealroom.media.audio.VoiceActivity;
import org.sealroom.media.audio.VoiceActivityDetector;
import org.sealroom.media.codec.OpusDecoder;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.jitter.AudioJitterBuffer;
import org.sealroom.media.jitter.AudioJitterStats;
import org.sealroom.media.jitter.AudioPlayout;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.packet.FrameAssembler;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.packet.PacketValidator;
import org.sealroom.media.pipeline.Pipeline;

/**
 * Transport to speakers, in two halves joined by the jitter buffer.
 * <ul>
 *   <li>receive (network thread): {@code packet-validator -> frame-assembler -> redundancy-decoder -> jitter-buffer}, fed
 *       through
 *       {@link #send(MediaPacket)} - this stream is the {@link org.sealroom.media.packet.PacketSink} its packet source delivers to;</li>
 *   <li>playout (audio device thread, every 20 ms): {@code jitter-buffer -> opus-decoder -> voice-activity ->
 *       speakers}, pulled through {@link #playout(long)}, which always returns 20 ms (concealment fills gaps).</li>
 * </ul>
 */
public final class AudioReceiveStream extends ReceiveStream<AudioPlayout> {
    private final AudioJitterBuffer jitter;
    private final OpusDecoder decoder;
    private final PlayoutDecoder playoutDecoder;
    private final VoiceActivityDetector vad = new VoiceActivityDetector();
    private PcmFrame played;

    /**
     * @param sync   the sync group of the sender (shared with its video), or {@link SyncGroup#standalone()}
     * @param tap    sees every played frame, such as {@code AudioProcessor::analyzePlayout} for echo cancellation
     */
    public AudioReceiveStream(int streamId, MediaClock clock, SyncGroup.Member sync, Consumer<PcmFrame> tap) {
        this.jitter = new AudioJitterBuffer(sync);
        this.decoder = new OpusDecoder();
        this.playoutDecoder = new PlayoutDecoder(decoder);
        wire(Pipeline.<MediaPacket>named("audio-receive")
                .then(new PacketValidator(streamId))
                .then(new FrameAssembler(clock))
                .then(new RedundancyDecoder())
                .into("jitter-buffer", jitter::insert),
                Pipeline.<AudioPlayout>named("audio-playout")
                .then(playoutDecoder)
                .then(vad)
                .into("speakers", frame -> {
                    tap.accept(frame);
                    played = frame;
                }));
    }

    /** The 20 ms to play at {@code nowMicros} (receiver's media clock). */
    public synchronized PcmFrame playout(long nowMicros) {
        played = null;
        playout().accept(jitter.poll(nowMicros));
        return played != null ? played : PcmFrame.silence(nowMicros);
    }

    /** Whether the remote person is speaking, for the active-speaker indicator. */
    public VoiceActivity voiceActivity() {
        return vad.current();
    }

    public AudioJitterStats jitterStats() {
        return jitter.stats();
    }

    public long concealedFrames() {
        return decoder.concealedFrames();
    }

    public long decodeErrors() {
        return playoutDecoder.decodeErrors();
    }

    @Override
    public synchronized void close() {
        decoder.close();
    }
}
