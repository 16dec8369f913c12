package org.sealroom.protocol.transport;

import org.sealroom.protocol.ProtocolException;

/** The connection to the relay went away before the operation completed, or the client was closed. */
public final class TransportClosedException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    public TransportClosedException(String message) {
        super(message);
    }

    public TransportClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
