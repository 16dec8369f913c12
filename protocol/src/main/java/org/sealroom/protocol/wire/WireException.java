package org.sealroom.protocol.wire;

import org.sealroom.protocol.ProtocolException;
import org.sealroom.protocol.control.ErrorCode;

/** Input that breaks the wire format. The side that detects it replies with an error and closes the connection. */
public abstract class WireException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    protected WireException(String message) {
        super(message);
    }

    /** The error code sent to the peer. */
    public abstract ErrorCode code();
}
