package org.sealroom.media.packet;

import org.sealroom.media.pipeline.Filter;

/** First stage of a receive path: drops packets that cannot be media of this stream. */
public final class PacketValidator extends Filter<MediaPacket> {
    private final int streamId;
    private final int maxPayload;

    public PacketValidator(int streamId) {
        this(streamId, MediaPacket.MAX_PAYLOAD);
    }

    public PacketValidator(int streamId, int maxPayload) {
        super("packet-validator");
        this.streamId = streamId;
        this.maxPayload = maxPayload;
    }

    @Override
    protected String rejectReason(MediaPacket packet) {
        if (packet == null) {
            return "malformed";
        }
        if (packet.streamId() != streamId) {
            return "wrong-stream";
        }
        if (packet.payload().length == 0 || packet.timestampMicros() < 0) {
            return "malformed";
        }
        if (packet.payload().length > maxPayload) {
            return "oversize";
        }
        return null;
    }
}
