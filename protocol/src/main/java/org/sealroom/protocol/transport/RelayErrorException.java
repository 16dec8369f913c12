package org.sealroom.protocol.transport;

import org.sealroom.protocol.ProtocolException;
import org.sealroom.protocol.control.ErrorCode;

/** The relay refused a request or the connection, with its code and its own explanation. */
public class RelayErrorException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RelayErrorException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
