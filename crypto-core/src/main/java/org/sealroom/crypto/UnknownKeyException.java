package org.sealroom.crypto;

/**
 * No key is available for the identifier in the input, for example an SFrame KID of an epoch that is not
 * installed yet or already retired. RFC 9605 section 4.4.4 allows buffering such frames until the key arrives.
 */
public class UnknownKeyException extends CryptoException {

    public UnknownKeyException(String message) {
        super(message);
    }

    private UnknownKeyException(String message, boolean withStackTrace) {
        super(message, withStackTrace);
    }

    /** A cheap instance for the frame path (no stack trace). */
    public static UnknownKeyException onFramePath(String message) {
        return new UnknownKeyException(message, false);
    }
}
