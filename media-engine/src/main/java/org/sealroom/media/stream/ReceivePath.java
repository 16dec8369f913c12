package org.sealroom.media.stream;

import java.util.ArrayList;
import java.util.List;

import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.pipeline.StageStats;

/** The two halves of a receive stream: network side into the jitter buffer, and playout side out of it. */
record ReceivePath<P>(Pipeline<MediaPacket> receive, Pipeline<P> playout) {
    /** Packets may come from any thread; the receive half runs one at a time. */
    void send(MediaPacket packet) {
        synchronized (receive) {
            receive.accept(packet);
        }
    }

    String describe() {
        return receive.describe() + "\n" + playout.describe();
    }

    List<StageStats> stats() {
        List<StageStats> all = new ArrayList<>(receive.stats());
        all.addAll(playout.stats());
        return all;
    }
}
