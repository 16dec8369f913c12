package org.sealroom.protocol.meeting;

import org.sealroom.protocol.ProtocolException;

/** The host presented an identity that the join link does not vouch for: a possible impersonation. */
public final class HostMismatchException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    public HostMismatchException(String message) {
        super(message);
    }
}
