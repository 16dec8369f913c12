package org.sealroom.media.jitter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Audio/video sync for one sender: streams captured on one clock are played out with the same offset from capture
 * time, the largest any member needs, so a picture and the sound captured with it come out together.
 */
public final class SyncGroup {
    private final List<Member> members = new CopyOnWriteArrayList<>();

    /** A stream on its own, synchronised with nothing. */
    public static Member standalone() {
        return new SyncGroup().join();
    }

    public Member join() {
        Member m = new Member();
        members.add(m);
        return m;
    }

    long sharedOffsetMicros() {
        long max = Long.MIN_VALUE;
        for (Member m : members) {
            if (m.reported) {
                max = Math.max(max, m.desiredOffset);
            }
        }
        return max;
    }

    /** One stream's place in the group. */
    public final class Member {
        private volatile long desiredOffset;
        private volatile boolean reported;

        void report(long desiredOffsetMicros) {
            desiredOffset = desiredOffsetMicros;
            reported = true;
        }

        /** Capture timestamp plus this is when this stream plays a frame. */
        long playoutOffsetMicros() {
            return sharedOffsetMicros();
        }
    }
}
