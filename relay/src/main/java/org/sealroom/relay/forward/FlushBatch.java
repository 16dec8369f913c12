package org.sealroom.relay.forward;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The channels written to while handling one read burst; flushed together when the burst ends, so many packets
 * leave in few system calls ({@code sendmmsg} on epoll for datagrams). Belongs to one event loop.
 */
public final class FlushBatch {
    private final List<Channel> touched = new ArrayList<>();

    public void touch(Channel channel) {
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
    }
}
