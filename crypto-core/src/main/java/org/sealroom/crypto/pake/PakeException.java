package org.sealroom.crypto.pake;

import org.sealroom.crypto.CryptoException;

/**
 * A password-authenticated key exchange failed. Each subclass names one cause, so the meeting layer can count wrong
 * passwords separately from hostile shares; none of them carries secret material in its message. Input that does not
 * parse is reported as {@link org.sealroom.crypto.MalformedDataException}, as everywhere in crypto-core.
 */
public abstract class PakeException extends CryptoException {

    private static final long serialVersionUID = 1L;

    PakeException(String message) {
        super(message);
    }
}
