package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;

/**
 * A reliable end-to-end payload (chat, control, key wraps) with its routing header: the room-local id of the sender
 * (set by the relay, ignored when a client sends) and of the recipient, or {@link #EVERYONE}.
 */
public final class DataMessage extends PayloadMessage {
    /** Recipient id meaning "every other participant of the room". Participant ids start at 1. */
    public static final int EVERYONE = 0;
    public static final int HEADER_BYTES = 8;

    private final int sender;
    private final int recipient;

    public DataMessage(int sender, int recipient, ByteBuf payload) {
        super(payload);
        this.sender = sender;
        this.recipient = recipient;
    }

    public int sender() {
        return sender;
    }

    public int recipient() {
        return recipient;
    }

    public boolean isAddressed() {
        return recipient != EVERYONE;
    }

    @Override
    public FrameType frameType() {
        return FrameType.DATA;
    }

    @Override
    public int headerBytes() {
        return HEADER_BYTES;
    }

    @Override
    public void writeHeader(ByteBuf out) {
        out.writeInt(sender).writeInt(recipient);
    }

    @Override
    public DataMessage replace(ByteBuf content) {
        return new DataMessage(sender, recipient, content);
    }

    @Override
    public DataMessage retainedDuplicate() {
        return replace(content().retainedDuplicate());
    }

    @Override
    public String toString() {
        return "DataMessage[sender=" + sender + ", recipient=" + recipient + ", bytes=" + content().readableBytes() + "]";
    }
}
