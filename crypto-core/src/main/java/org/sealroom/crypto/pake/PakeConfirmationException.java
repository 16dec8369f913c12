package org.sealroom.crypto.pake;

/**
 * The peer's key-confirmation tag does not match: the two sides used different passwords, channel or session ids, or
 * someone changed a message on the way. Either way the attempt counts as one failed password guess, and the shared
 * key has been destroyed.
 */
public final class PakeConfirmationException extends PakeException {

    private static final long serialVersionUID = 1L;

    PakeConfirmationException(String message) {
        super(message);
    }
}
