package org.sealroom.crypto;

/** An identity key file could not be read or written. {@link #reason()} says what to tell the user. */
public class KeyFileException extends CryptoException {

    /** What went wrong, in terms a user can act on. */
    public enum Reason {
        /** The file could not be read or written (missing, permissions, disk). */
        IO,
        /** The file is not a Sealroom key file, or is truncated or has out-of-range parameters. */
        MALFORMED,
        /** A key file of a format version this build does not know. */
        UNSUPPORTED_VERSION,
        /** The passphrase is wrong, or the file was modified: the two cannot be told apart, by design. */
        WRONG_PASSPHRASE_OR_TAMPERED
    }

    private final Reason reason;

    public KeyFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
