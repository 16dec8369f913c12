package org.sealroom.crypto.pake;

/** A typed meeting password is empty, too long, or contains characters that cannot be typed reliably. */
public final class InvalidPasswordException extends PakeException {

    private static final long serialVersionUID = 1L;

    InvalidPasswordException(String message) {
        super(message);
    }
}
