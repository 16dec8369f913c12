package org.sealroom.protocol;

/**
 * Base of every exception the protocol module throws: malformed wire input, errors reported by the relay,
 * refused certificates, operations on a closed transport.
 */
public class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
