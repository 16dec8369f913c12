package org.sealroom.crypto;

/**
 * Base of every checked exception thrown by crypto-core. Callers that only need to know "this input is not
 * acceptable" catch this type; callers that count or react differently catch the subclasses.
 */
public class CryptoException extends Exception {

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * For rejections on the frame path: an attacker can make us throw these at line rate, so they skip the
     * stack trace, which would cost far more than the rejection itself and says nothing useful.
     */
    protected CryptoException(String message, boolean withStackTrace) {
        super(message, null, false, withStackTrace);
    }
}
