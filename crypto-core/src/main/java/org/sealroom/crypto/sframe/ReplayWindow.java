package org.sealroom.crypto.sframe;

import java.util.Arrays;
import org.sealroom.crypto.ReplayException;

/**
 * A sliding replay window over one sender's frame counters (unsigned 64-bit), tolerant of reordering: a counter
 * is accepted once if it is above the highest seen so far or within {@link #size()} below it. Receivers mark a
 * counter only after its frame authenticated, so forged frames cannot poison the window. Thread-safe.
 */
public final class ReplayWindow {

    /** Default window: 256 frames, about two seconds of 30 fps video plus its audio. */
    public static final int DEFAULT_SIZE = 256;
    /** RFC 9605 leaves replay to the application; below 128 frames ordinary network reordering gets dropped. */
    public static final int MIN_SIZE = 128;

    private final int size;
    private final long[] seen;
    private boolean empty = true;
    private long highest;

    public ReplayWindow() {
        this(DEFAULT_SIZE);
    }

    /** A window of {@code size} frames: a power of two from {@value #MIN_SIZE} to 65536. */
    public ReplayWindow(int size) {
        if (size < MIN_SIZE || Integer.bitCount(size) != 1 || size > 1 << 16) {
            throw new IllegalArgumentException("replay window size must be a power of two in [128, 65536]: "
                    + size);
        }
        this.size = size;
        this.seen = new long[size / Long.SIZE];
    }

    public int size() {
        return size;
    }

    /**
     * Rejects {@code ctr} if it was already accepted or is too old to tell; changes nothing.
     *
     * @throws ReplayException with reason {@code DUPLICATE} or {@code TOO_OLD}
     */
    public synchronized void check(long ctr) throws ReplayException {
        if (empty || Long.compareUnsigned(ctr, highest) > 0) {
            return;
        }
        long behind = highest - ctr;
        if (Long.compareUnsigned(behind, size) >= 0) {
            throw ReplayException.onFramePath(ReplayException.Reason.TOO_OLD,
                    "SFrame: counter is older than the replay window");
        }
        if (isSet(ctr)) {
            throw ReplayException.onFramePath(ReplayException.Reason.DUPLICATE, "SFrame: replayed counter");
        }
    }

    /**
     * Checks {@code ctr} again and records it as accepted, atomically (two threads racing with the same frame:
     * exactly one wins).
     *
     * @throws ReplayException if {@code ctr} may not be accepted
     */
    public synchronized void markSeen(long ctr) throws ReplayException {
        check(ctr);
        if (empty) {
            empty = false;
            highest = ctr;
        } else if (Long.compareUnsigned(ctr, highest) > 0) {
            advanceTo(ctr);
        }
        set(ctr);
    }

    /** Highest accepted counter, or -1 (all ones) if none. For diagnostics. */
    public synchronized long highestAccepted() {
        return empty ? -1L : highest;
    }

    private void advanceTo(long ctr) {
        long distance = ctr - highest;
        if (Long.compareUnsigned(distance, size) >= 0) {
            Arrays.fill(seen, 0L);
        } else {
            for (long c = highest + 1; c != ctr + 1; c++) {
                clear(c);
            }
        }
        highest = ctr;
    }

    private boolean isSet(long ctr) {
        int bit = bitIndex(ctr);
        return (seen[bit >>> 6] & (1L << bit)) != 0;
    }

    private void set(long ctr) {
        int bit = bitIndex(ctr);
        seen[bit >>> 6] |= 1L << bit;
    }

    private void clear(long ctr) {
        int bit = bitIndex(ctr);
        seen[bit >>> 6] &= ~(1L << bit);
    }

    /** Position of {@code ctr} in the circular bitmap ({@code size} is a power of two). */
    private int bitIndex(long ctr) {
        return (int) ctr & (size - 1);
    }
}
