package org.sealroom.protocol.wire;

import org.sealroom.protocol.control.ErrorCode;

/** A frame whose header or routing header does not follow the format. */
public final class MalformedFrameException extends WireException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.MALFORMED_FRAME;
    }
}
