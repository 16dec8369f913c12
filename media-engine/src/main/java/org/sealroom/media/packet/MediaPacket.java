package org.sealroom.media.packet;

import java.util.Objects;

/**
 * One media packet as the engine hands it to the transport and takes it back: an opaque codec payload plus the few
 * fields needed to put frames back together. The media engine knows nothing of keys or wire formats; the session layer
 * protects and serialises these fields as it sees fit.
 *
 * @param streamId        which media stream of the sender this belongs to
 * @param sequence        per-stream packet counter, increasing by one per packet and wrapping at 2^32
 * @param timestampMicros capture time of the frame this packet carries part of (sender's media clock)
 * @param frameStart      first packet of a frame
 * @param marker          last packet of a frame
 * @param keyframe        the frame is a keyframe (a decoder can start from it)
 * @param payload         the codec bytes; not copied
 */
public record MediaPacket(int streamId, int sequence, long timestampMicros, boolean frameStart, boolean marker,
                          boolean keyframe, byte[] payload) {
    /** Payload bytes per packet so that a packet plus its protection and headers fits a common 1280-byte path MTU. */
    public static final int MAX_PAYLOAD = 1200;

    public MediaPacket {
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public String toString() {
        return "MediaPacket[stream=" + streamId + ", seq=" + Integer.toUnsignedString(sequence) + ", ts="
                + timestampMicros + (frameStart ? ", start" : "") + (marker ? ", marker" : "")
                + (keyframe ? ", key" : "") + ", bytes=" + payload.length + "]";
    }
}
