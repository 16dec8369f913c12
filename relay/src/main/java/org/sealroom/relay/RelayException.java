package org.sealroom.relay;

/** Base of the relay's own exceptions: bad configuration, certificates that cannot be loaded, ports in use. */
public class RelayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RelayException(String message) {
        super(message);
    }

    public RelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
