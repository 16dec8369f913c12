package org.sealroom.media.packet;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sealroom.media.MediaClock;
import org.sealroom.media.codec.EncodedFrame;
import org.sealroom.media.pipeline.Stage;

/**
 * Puts frames back together from packets that may come lost, duplicated or out of order. A frame is complete when its
 * start packet, its marker packet and every sequence number between them are present. State is bounded: at most
 * {@value #MAX_PENDING_FRAMES} frames wait, each of at most {@value #MAX_PACKETS_PER_FRAME} packets, and a waiting frame
 * older than {@value #MAX_WAIT_MICROS} µs behind the newest completed one is given up ("incomplete-frame").
 */
public final class FrameAssembler extends Stage<MediaPacket, ReceivedFrame> {
    static final int MAX_PENDING_FRAMES = 32;
    static final int MAX_PACKETS_PER_FRAME = 1024;
    static final long MAX_WAIT_MICROS = 500_000;
    private static final int REMEMBERED_FRAMES = 128;

    private final MediaClock clock;
    private final TreeMap<Long, PendingFrame> pending = new TreeMap<>();
    private final Set<Long> completed = new HashSet<>();
    private final ArrayDeque<Long> completedOrder = new ArrayDeque<>();
    private long incompleteFrames;

    public FrameAssembler(MediaClock clock) {
        super("frame-assembler");
        this.clock = clock;
    }

    @Override
    protected void process(MediaPacket packet, Consumer<ReceivedFrame> out) {
        long ts = packet.timestampMicros();
        if (completed.contains(ts)) {
            drop("duplicate");
            return;
        }
        PendingFrame frame = pending.get(ts);
        if (frame == null) {
            if (pending.size() >= MAX_PENDING_FRAMES) {
                giveUp(pending.firstKey());
            }
            frame = new PendingFrame();
            pending.put(ts, frame);
        }
        if (!frame.add(packet)) {
            drop(frame.packets.size() >= MAX_PACKETS_PER_FRAME ? "frame-too-large" : "duplicate");
            return;
        }
        if (frame.isComplete()) {
            pending.remove(ts);
            remember(ts);
            out.accept(frame.assemble(ts, clock.nowMicros()));
            giveUpOlderThan(ts - MAX_WAIT_MICROS);
        }
    }

    /** Frames given up because a packet never came. */
    public long incompleteFrames() {
        return incompleteFrames;
    }

    private void giveUpOlderThan(long timestamp) {
        Iterator<Long> it = pending.headMap(timestamp).keySet().iterator();
        while (it.hasNext()) {
            it.next();
            it.remove();
            incompleteFrames++;
            drop("incomplete-frame");
        }
    }

    private void giveUp(long timestamp) {
        pending.remove(timestamp);
        incompleteFrames++;
        drop("incomplete-frame");
    }

    private void remember(long timestamp) {
        completed.add(timestamp);
        completedOrder.addLast(timestamp);
        if (completedOrder.size() > REMEMBERED_FRAMES) {
            completed.remove(completedOrder.removeFirst());
        }
    }

    private static final class PendingFrame {
        private final Map<Integer, MediaPacket> packets = new HashMap<>();
        private Integer first;
        private Integer last;
        private boolean keyframe;

        boolean add(MediaPacket packet) {
            if (packets.size() >= MAX_PACKETS_PER_FRAME || packets.putIfAbsent(packet.sequence(), packet) != null) {
                return false;
            }
            if (packet.frameStart()) {
                first = packet.sequence();
            }
            if (packet.marker()) {
                last = packet.sequence();
            }
            keyframe |= packet.keyframe();
            return true;
        }

        boolean isComplete() {
            if (first == null || last == null) {
                return false;
            }
            int span = SequenceNumbers.distance(first, last) + 1;
            return span > 0 && span == packets.size();
        }

        ReceivedFrame assemble(long timestamp, long arrivalMicros) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (int seq = first; ; seq++) {
                data.writeBytes(packets.get(seq).payload());
                if (seq == last) {
                    break;
                }
            }
            return new ReceivedFrame(new EncodedFrame(timestamp, keyframe, data.toByteArray()), first, last,
                    arrivalMicros);
        }
    }
}
