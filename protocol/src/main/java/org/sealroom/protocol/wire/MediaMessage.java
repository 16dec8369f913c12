package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;

/**
 * A media packet carried over the TLS connection (the fallback when UDP does not get through): the source id
 * (the sender's room-local id when the relay delivers it; ignored when a client sends), stream id, sequence number
 * and priority, then the opaque payload.
 */
public final class MediaMessage extends PayloadMessage {
    public static final int HEADER_BYTES = 13;

    private final int sourceId;
    private final int streamId;
    private final int sequence;
    private final MediaPriority priority;

    public MediaMessage(int sourceId, int streamId, int sequence, MediaPriority priority, ByteBuf payload) {
        super(payload);
        this.sourceId = sourceId;
        this.streamId = streamId;
        this.sequence = sequence;
        this.priority = priority;
    }

    public int sourceId() {
        return sourceId;
    }

    public int streamId() {
        return streamId;
    }

    public int sequence() {
        return sequence;
    }

    public MediaPriority priority() {
        return priority;
    }

    @Override
    public FrameType frameType() {
        return FrameType.MEDIA;
    }

    @Override
    public int headerBytes() {
        return HEADER_BYTES;
    }

    @Override
    public void writeHeader(ByteBuf out) {
        out.writeInt(sourceId).writeInt(streamId).writeInt(sequence).writeByte(priority.flags());
    }

    /** A copy of this message with another source id, sharing (and retaining) the payload. */
    public MediaMessage retainedWithSource(int newSourceId) {
        return new MediaMessage(newSourceId, streamId, sequence, priority, content().retainedDuplicate());
    }

    @Override
    public MediaMessage replace(ByteBuf content) {
        return new MediaMessage(sourceId, streamId, sequence, priority, content);
    }

    @Override
    public MediaMessage retainedDuplicate() {
        return replace(content().retainedDuplicate());
    }

    @Override
    public String toString() {
        return "MediaMessage[source=" + sourceId + ", stream=" + streamId + ", seq=" + sequence + ", " + priority
                + ", bytes=" + content().readableBytes() + "]";
    }
}
