package org.sealroom.protocol.wire;

import org.sealroom.protocol.control.ErrorCode;

/** A control frame whose JSON is not a valid control message. */
public final class MalformedControlMessageException extends WireException {
    private static final long serialVersionUID = 1L;

    public MalformedControlMessageException(String reason) {
        super("malformed control message: " + reason);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.MALFORMED_MESSAGE;
    }
}
