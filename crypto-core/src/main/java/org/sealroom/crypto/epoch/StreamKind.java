package org.sealroom.crypto.epoch;

import org.sealroom.crypto.MalformedDataException;

/**
 * The independent frame streams one participant sends, each with its own key, counter and replay window. The
 * number is the "context" of the KID (RFC 9605 section 5.2), so that streams which travel and arrive at different
 * rates never share a replay window. Audio is 0 because context 0 gives the shortest KID and audio frames are
 * the smallest.
 */
public enum StreamKind {
    AUDIO(0),
    VIDEO(1),
    SCREEN(2),
    /** Chat, control messages and files. */
    DATA(3);

    private final int context;

    StreamKind(int context) {
        this.context = context;
    }

    /** The KID context value. */
    public int context() {
        return context;
    }

    public static StreamKind fromContext(int context) throws MalformedDataException {
        for (StreamKind kind : values()) {
            if (kind.context == context) {
                return kind;
            }
        }
        throw MalformedDataException.onFramePath("KID: unknown stream context " + context);
    }
}
