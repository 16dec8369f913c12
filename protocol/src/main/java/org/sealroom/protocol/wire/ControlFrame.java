package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/** The still-undecoded JSON body of a {@link FrameType#CONTROL} frame, passed from the frame decoder on. */
public final class ControlFrame extends DefaultByteBufHolder {
    public ControlFrame(ByteBuf json) {
        super(json);
    }

    @Override
    public ControlFrame replace(ByteBuf content) {
        return new ControlFrame(content);
    }
}
