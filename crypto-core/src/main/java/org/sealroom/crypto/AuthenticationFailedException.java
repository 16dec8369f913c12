package org.sealroom.crypto;

/**
 * A tag, signature or AEAD check failed: the data was modified, or made with a different key or context.
 * The message never says which byte or which key, so it cannot serve as an oracle.
 */
public class AuthenticationFailedException extends CryptoException {

    public AuthenticationFailedException(String message) {
        super(message);
    }

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A cheap instance for the frame path (no stack trace). */
    public static AuthenticationFailedException onFramePath(String message) {
        return new AuthenticationFailedException(message, false);
    }

    private AuthenticationFailedException(String message, boolean withStackTrace) {
        super(message, withStackTrace);
    }
}
