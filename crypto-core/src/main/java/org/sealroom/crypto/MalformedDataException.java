package org.sealroom.crypto;

/** Input that does not parse: wrong length, bad encoding, out-of-range field, trailing bytes. */
public class MalformedDataException extends CryptoException {

    public MalformedDataException(String message) {
        super(message);
    }

    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A cheap instance for the frame path (no stack trace). */
    public static MalformedDataException onFramePath(String message) {
        return new MalformedDataException(message, false);
    }

    private MalformedDataException(String message, boolean withStackTrace) {
        super(message, withStackTrace);
    }
}
