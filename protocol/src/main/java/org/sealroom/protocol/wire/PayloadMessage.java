package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * A frame that carries an opaque end-to-end payload behind a small routing header. The payload buffer is owned by
 * the message: release the message (or pass it on) exactly once.
 */
public abstract sealed class PayloadMessage extends DefaultByteBufHolder permits DataMessage, MediaMessage {

    protected PayloadMessage(ByteBuf payload) {
        super(payload);
    }

    /** The frame type this message travels as. */
    public abstract FrameType frameType();

    /** Length of the routing header written by {@link #writeHeader}. */
    public abstract int headerBytes();

    /** Writes the routing header (everything in the body before the payload). */
    public abstract void writeHeader(ByteBuf out);

    /** The payload, without changing its reference count. */
    public ByteBuf payload() {
        return content();
    }
}
