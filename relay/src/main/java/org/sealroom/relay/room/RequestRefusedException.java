package org.sealroom.relay.room;

import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.relay.RelayException;

/** A client request the relay refuses; the client gets an error reply and stays connected. */
public final class RequestRefusedException extends RelayException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RequestRefusedException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
