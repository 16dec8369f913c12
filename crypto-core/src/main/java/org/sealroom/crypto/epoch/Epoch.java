package org.sealroom.crypto.epoch;

/**
 * A meeting-key epoch: the host starts a new one, with a fresh {@link MeetingKey}, at every join and leave.
 * Epoch numbers start at 0 and only grow.
 *
 * @param value the epoch number, 0 to 2^63 - 1
 */
public record Epoch(long value) implements Comparable<Epoch> {

    public static final Epoch FIRST = new Epoch(0);

    public Epoch {
        if (value < 0) {
            throw new IllegalArgumentException("epoch must not be negative: " + value);
        }
    }

    /** The epoch after this one. */
    public Epoch next() {
        return new Epoch(Math.addExact(value, 1));
    }

    public boolean isAfter(Epoch other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Epoch other) {
        return Long.compare(value, other.value);
    }
}
