package org.sealroom.media.audio;

import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.pipeline.Filter;

/**
 * Discontinuous transmission: while the voice-activity detector hears no speech, only every
 * {@value #KEEPALIVE_EVERY}th frame (one per 400 ms, as Opus DTX does) is sent; the receiver conceals the gaps, which
 * fade to silence. Sequence numbers stay contiguous, so the receiver can tell a pause from a loss.
 */
public final class DiscontinuousTransmission extends Filter<PcmFrame> {
    static final int KEEPALIVE_EVERY = 20;

    private final VoiceActivityDetector vad;
    private int silentFrames;

    public DiscontinuousTransmission(VoiceActivityDetector vad) {
        super("dtx");
        this.vad = vad;
    }

    @Override
    protected String rejectReason(PcmFrame frame) {
        if (vad.current().active()) {
            silentFrames = 0;
            return null;
        }
        return silentFrames++ % KEEPALIVE_EVERY == 0 ? null : "dtx";
    }
}
