package org.sealroom.media.support;

import org.sealroom.media.MediaClock;

/** A clock tests move by hand, so timing is deterministic. */
public final class VirtualClock implements MediaClock {
    private long now;

    public VirtualClock(long startMicros) {
        this.now = startMicros;
    }

    @Override
    public long nowMicros() {
        return now;
    }

    public void set(long micros) {
        if (micros < now) {
            throw new IllegalArgumentException("time runs forward: " + micros + " < " + now);
        }
        now = micros;
    }
}
