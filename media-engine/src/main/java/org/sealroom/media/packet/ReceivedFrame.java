package org.sealroom.media.packet;

import org.sealroom.media.codec.EncodedFrame;

/**
 * A frame put back together from its packets.
 *
 * @param frame         the encoded frame
 * @param firstSequence sequence number of its first packet
 * @param lastSequence  sequence number of its last packet
 * @param arrivalMicros receiver's clock when its last missing packet arrived
 * @param redundant     a copy recovered from the next packet's redundancy block, not the frame's own packet
 */
public record ReceivedFrame(EncodedFrame frame, int firstSequence, int lastSequence, long arrivalMicros,
                            boolean redundant) {
    /** A frame from its own packets. */
    public ReceivedFrame(EncodedFrame frame, int firstSequence, int lastSequence, long arrivalMicros) {
        this(frame, firstSequence, lastSequence, arrivalMicros, false);
    }

    public long timestampMicros() {
        return frame.timestampMicros();
    }

    /** Whether this frame directly follows {@code previous} with no packet missing in between. */
    public boolean follows(ReceivedFrame previous) {
        return SequenceNumbers.distance(previous.lastSequence, firstSequence) == 1;
    }
}
