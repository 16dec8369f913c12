package org.sealroom.crypto;

/** Something authentic arrived a second time, or too late to be told apart from a replay. */
public class ReplayException extends CryptoException {

    /** Why the input was rejected. */
    public enum Reason {
        /** This frame counter was already accepted from this sender. */
        DUPLICATE,
        /** The counter lies behind the replay window, so a duplicate could no longer be detected. */
        TOO_OLD,
        /** A key epoch that is not newer than the one already installed. */
        STALE_EPOCH
    }

    private final Reason reason;

    public ReplayException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    private ReplayException(Reason reason, String message, boolean withStackTrace) {
        super(message, withStackTrace);
        this.reason = reason;
    }

    /** A cheap instance for the frame path (no stack trace). */
    public static ReplayException onFramePath(Reason reason, String message) {
        return new ReplayException(reason, message, false);
    }

    public Reason reason() {
        return reason;
    }
}
