package org.sealroom.protocol.transport;

import org.sealroom.protocol.ProtocolException;

/** The relay's certificate was refused: it differs from the pinned or remembered one. No reconnect follows. */
public final class UntrustedRelayException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    public UntrustedRelayException(String message) {
        super(message);
    }
}
