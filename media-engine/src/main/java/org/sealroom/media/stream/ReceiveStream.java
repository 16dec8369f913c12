package org.sealroom.media.stream;

import java.util.ArrayList;
import java.util.List;

import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.packet.PacketSink;
import org.sealroom.media.pipeline.Pipeline;
import org.sealroom.media.pipeline.StageStats;

/**
 * A receive stream's two halves, joined by its jitter buffer: the network side, fed through {@link #send}, and the
 * playout side its subclass drives.
 *
 * @param <P> what the playout half takes from the jitter buffer
 */
public abstract sealed class ReceiveStream<P> implements PacketSink, AutoCloseable
        permits AudioReceiveStream, VideoReceiveStream {
    private Pipeline<MediaPacket> receive;
    private Pipeline<P> playout;

    /** Called once by the subclass constructor, after it made the stages both halves share. */
    final void wire(Pipeline<MediaPacket> receiveHalf, Pipeline<P> playoutHalf) {
        this.receive = receiveHalf;
        this.playout = playoutHalf;
    }

    final Pipeline<P> playout() {
        return playout;
    }

    /** Takes one packet from the transport (any thread). Bad packets are dropped and counted, never thrown. */
    @Override
    public final void send(MediaPacket packet) {
        synchronized (receive) {
            receive.accept(packet);
        }
    }

    /** Both halves at a glance, one per line. */
    public final String describe() {
        return receive.describe() + "\n" + playout.describe();
    }

    /** Frees the codecs. */
    @Override
    public abstract void close();

    /** Every stage's counters, network half first. */
    public final List<StageStats> stats() {
        List<StageStats> all = new ArrayList<>(receive.stats());
        all.addAll(playout.stats());
        return all;
    }
}
