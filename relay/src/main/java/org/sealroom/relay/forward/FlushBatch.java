package org.sealroom.relay.forward;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The channels written to while handling one read burst; flushed together when the burst ends (or once enough
 * writes have gathered), so many packets leave in few system calls ({@code sendmmsg} on epoll for datagrams)
 * without piling up. Belongs to one event loop.
 */
public final class FlushBatch {
    /** Writes after which a burst is flushed early: one {@code sendmmsg} worth, and little memory held. */
    public static final int EARLY_FLUSH_WRITES = 64;

    private final List<Channel> touched = new ArrayList<>();
    private int writes;

    public void touch(Channel channel) {
        writes++;
        for (int i = 0; i < touched.size(); i++) {
            if (touched.get(i) == channel) {
                return;
            }
        }
        touched.add(channel);
    }

    public void flushAll() {
        for (int i = 0; i < touched.size(); i++) {
            touched.get(i).flush();
        }
        touched.clear();
        writes = 0;
    }

    /** Flushes now if the burst has gathered {@link #EARLY_FLUSH_WRITES} writes. */
    public void flushIfLarge() {
        if (writes >= EARLY_FLUSH_WRITES) {
            flushAll();
        }
    }
}
