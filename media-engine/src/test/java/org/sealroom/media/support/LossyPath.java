package org.sealroom.media.support;

import java.util.PriorityQueue;
import java.util.Random;

import org.sealroom.media.MediaClock;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.packet.PacketSink;

/**
 * A seeded network between a send path and a receive path: each packet is lost with probability {@code lossRate}, or
 * arrives after {@code baseDelay} plus a uniform random jitter of up to {@code maxJitter} (so packets reorder).
 */
public final class LossyPath implements PacketSink {
    private final MediaClock clock;
    private final Random random;
    private final double lossRate;
    private final long baseDelayMicros;
    private final long maxJitterMicros;
    private final PacketSink receiver;
    private final PriorityQueue<InFlight> inFlight = new PriorityQueue<>();
    private long order;
    private long sent;
    private long lost;

    public LossyPath(MediaClock clock, long seed, double lossRate, long baseDelayMicros, long maxJitterMicros,
                     PacketSink receiver) {
        this.clock = clock;
        this.random = new Random(seed);
        this.lossRate = lossRate;
        this.baseDelayMicros = baseDelayMicros;
        this.maxJitterMicros = maxJitterMicros;
        this.receiver = receiver;
    }

    @Override
    public void send(MediaPacket packet) {
        sent++;
        if (random.nextDouble() < lossRate) {
            lost++;
            return;
        }
        long arrival = clock.nowMicros() + baseDelayMicros + (long) (random.nextDouble() * maxJitterMicros);
        inFlight.add(new InFlight(arrival, order++, packet));
    }

    /** Delivers every packet whose arrival time has come. */
    public void deliverDue() {
        while (!inFlight.isEmpty() && inFlight.peek().arrival <= clock.nowMicros()) {
            receiver.send(inFlight.poll().packet);
        }
    }

    public long sent() {
        return sent;
    }

    public long lost() {
        return lost;
    }

    private record InFlight(long arrival, long order, MediaPacket packet) implements Comparable<InFlight> {
        @Override
        public int compareTo(InFlight o) {
            int c = Long.compare(arrival, o.arrival);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
