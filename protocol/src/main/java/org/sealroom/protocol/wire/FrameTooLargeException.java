package org.sealroom.protocol.wire;

import org.sealroom.protocol.control.ErrorCode;

/** A frame whose length field exceeds the receiver's limit; the frame is not read. */
public final class FrameTooLargeException extends WireException {
    private static final long serialVersionUID = 1L;

    public FrameTooLargeException(long length, int maxFrameBytes) {
        super("frame of " + length + " bytes exceeds the limit of " + maxFrameBytes + " bytes");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.FRAME_TOO_LARGE;
    }
}
