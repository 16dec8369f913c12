package org.sealroom.media.control;

import org.sealroom.media.packet.ReceivedFrame;
import org.sealroom.media.pipeline.Filter;

/**
 * Lets a video frame reach the decoder only if the decoder holds what it refers to: a keyframe always passes, a delta
 * frame only if it directly follows the last frame passed (no packet missing between them). Otherwise the picture
 * freezes, the frame is dropped as "waiting-for-keyframe" and a keyframe is requested.
 */
public final class DecodabilityGate extends Filter<ReceivedFrame> {
    private final KeyframeRequester requester;
    private ReceivedFrame last;

    public DecodabilityGate(KeyframeRequester requester) {
        super("decodability-gate");
        this.requester = requester;
    }

    /** Forgets the decoder's state, so only a keyframe passes next (after a decode error). */
    public void reset() {
        last = null;
    }

    @Override
    protected String rejectReason(ReceivedFrame frame) {
        if (frame.frame().keyframe() || (last != null && frame.follows(last))) {
            last = frame;
            return null;
        }
        requester.request();
        return "waiting-for-keyframe";
    }
}
