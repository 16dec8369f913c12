package org.sealroom.relay.bench;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayLimits;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;
import org.sealroom.relay.metrics.DropReason;

/**
 * {@code ./sealroom bench relay}: the relay against a bare Netty forwarder (same transport, same fan-out, no relay
 * logic), measured in the same run on loopback with 1200-byte payloads and fan-out 1→10 and 1→50. One sender
 * thread, one relay (or baseline) event-loop thread, one thread for all receivers; each measurement has a warm-up.
 * Prints one {@code name: value} line per metric.
 */
public final class RelayBench {
    private static final int PAYLOAD_BYTES = 1200;
    private static final int[] FAN_OUTS = {10, 50};
    private static final int LATENCY_FAN_OUT = 10;
    private static final double LATENCY_LOAD = 0.7;
    private static final Duration WARM_UP = Duration.ofMillis(1000);
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final int ROUNDS = 3;
    private static final int RING = 1024;
    private static final int IDLE_PARTICIPANTS = 500;

    private final IoTransport transport = IoTransport.best();
    private final Map<String, String> results = new LinkedHashMap<>();

    private RelayBench() {
    }

    public static void main(String[] args) throws Exception {
        new RelayBench().run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("# transport: " + transport.name() + ", cores: " + Runtime.getRuntime().availableProcessors()
                + ", relay event-loop threads: 1, payload: " + PAYLOAD_BYTES + " bytes, " + ROUNDS
                + " interleaved rounds per fan-out (medians)");
        EventLoopGroup sinkGroup = transport.newGroup(1, "bench-sinks");
        EventLoopGroup bareGroup = transport.newGroup(1, "bench-bare");
        double worstRatio = Double.MAX_VALUE;
        double bestRelayPps = 0;
        try {
            for (int fanOut : FAN_OUTS) {
                double[] ratio = fanOut(sinkGroup, bareGroup, fanOut);
                worstRatio = Math.min(worstRatio, ratio[0]);
                bestRelayPps = Math.max(bestRelayPps, ratio[1]);
            }
        } finally {
            sinkGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            bareGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        long perParticipant = IdleMemoryProbe.bytesPerIdleParticipant(IDLE_PARTICIPANTS);

        System.out.println("relay_fanout_vs_bare_netty: " + format(worstRatio, 3));
        System.out.println("relay_pps_out: " + format(bestRelayPps, 0));
        System.out.println("relay_p99_added_latency_us: " + results.remove("relay_p99_added_latency_us"));
        System.out.println("relay_bytes_per_idle_participant: " + perParticipant);
        results.forEach((name, value) -> System.out.println(name + ": " + value));
    }

    /**
     * One fan-out: relay and baseline side by side, measured in alternating windows so that both see the same
     * machine load; returns the median ratio and the relay's median packets per second.
     */
    private double[] fanOut(EventLoopGroup sinkGroup, EventLoopGroup bareGroup, int fanOut) throws Exception {
        RelayConfig config = RelayConfig.loopbackEphemeral().ioThreads(1).limits(RelayLimits.builder()
                .messagesPerSecond(100_000_000).bytesPerSecond(1L << 40).keepAliveInterval(Duration.ofMinutes(5))
                .idleTimeout(Duration.ofMinutes(10)).maxConnectionsPerIp(1000).build()).build();
        List<InetSocketAddress> targets = new ArrayList<>();
        try (UdpSinks sinks = new UdpSinks(transport, sinkGroup, fanOut);
             RunningRelay relay = RelayServer.start(config);
             DatagramSender relaySender = new DatagramSender(
                     new InetSocketAddress(relay.tcpAddress().getAddress(), relay.udpPort()));
             RelayRoomSetup room = new RelayRoomSetup(relay, sinks, fanOut, relaySender::send)) {
            for (int i = 0; i < fanOut; i++) {
                targets.add(sinks.address(i));
            }
            try (BareForwarder bare = new BareForwarder(transport, bareGroup, targets);
                 DatagramSender bareSender = new DatagramSender(bare.address())) {
                byte[][] relayRing = new byte[RING][];
                byte[][] bareRing = new byte[RING][];
                for (int i = 0; i < RING; i++) {
                    relayRing[i] = room.media(i, randomPayload());
                    bareRing[i] = randomDatagram();
                }
                double[] relayPps = new double[ROUNDS];
                double[] barePps = new double[ROUNDS];
                double[] ratios = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    relayPps[round] = saturation(sinks, relaySender, relayRing);
                    barePps[round] = saturation(sinks, bareSender, bareRing);
                    ratios[round] = relayPps[round] / barePps[round];
                }
                double ratio = median(ratios);
                double pps = median(relayPps);
                results.put("relay_fanout_vs_bare_netty_1to" + fanOut, format(ratio, 3));
                results.put("relay_pps_out_1to" + fanOut, format(pps, 0));
                results.put("bare_netty_pps_out_1to" + fanOut, format(median(barePps), 0));
                for (DropReason reason : DropReason.values()) {
                    long drops = relay.metrics().drops(reason);
                    if (drops > 0) {
                        results.put("relay_drops_" + reason.label() + "_1to" + fanOut, Long.toString(drops));
                    }
                }
                if (fanOut == LATENCY_FAN_OUT) {
                    double rate = LATENCY_LOAD * pps / fanOut;
                    long relayP99 = p99Latency(sinks, relaySender, seq -> room.media((int) seq, timestamped(0)),
                            rate, fanOut);
                    long bareP99 = p99Latency(sinks, bareSender, seq -> timestamped(MediaDatagram.HEADER_BYTES),
                            rate, fanOut);
                    results.put("relay_p99_added_latency_us", Long.toString(Math.max(0, (relayP99 - bareP99) / 1000)));
                    results.put("relay_p99_latency_us", Long.toString(relayP99 / 1000));
                    results.put("bare_netty_p99_latency_us", Long.toString(bareP99 / 1000));
                    results.put("latency_load_pps_out", format(rate * fanOut, 0));
                }
                return new double[] {ratio, pps};
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Packets per second out, with the sender sending as fast as it can. */
    private static double saturation(UdpSinks sinks, DatagramSender sender, byte[][] ring) throws Exception {
        long start = System.nanoTime();
        Thread sending = sender.blast(ring, start + WARM_UP.toNanos() + WINDOW.toNanos() + 200_000_000L);
        Thread.sleep(WARM_UP.toMillis());
        long count0 = sinks.received.sum();
        long t0 = System.nanoTime();
        Thread.sleep(WINDOW.toMillis());
        long count1 = sinks.received.sum();
        long t1 = System.nanoTime();
        sending.join();
        Thread.sleep(300);
        return (count1 - count0) / ((t1 - t0) / 1e9);
    }

    /** The 99th percentile of send-to-receive time, in nanoseconds, at {@code rate} packets in per second. */
    private static long p99Latency(UdpSinks sinks, DatagramSender sender, LongFunction<byte[]> make, double rate,
                                   int fanOut) throws Exception {
        long start = System.nanoTime();
        Thread sending = sender.paced(make, rate, start + WARM_UP.toNanos() + WINDOW.toNanos());
        Thread.sleep(WARM_UP.toMillis());
        sinks.startRecording((int) Math.min(20_000_000, rate * fanOut * (WINDOW.toSeconds() + 1)));
        sending.join();
        Thread.sleep(300);
        long[] latencies = sinks.stopRecording();
        Arrays.sort(latencies);
        return latencies.length == 0 ? -1 : latencies[(int) (latencies.length * 0.99)];
    }

    private static byte[] randomPayload() {
        byte[] payload = new byte[PAYLOAD_BYTES];
        ThreadLocalRandom.current().nextBytes(payload);
        return payload;
    }

    /** A baseline datagram the size of a relay datagram (header + payload). */
    private static byte[] randomDatagram() {
        byte[] datagram = new byte[MediaDatagram.HEADER_BYTES + PAYLOAD_BYTES];
        ThreadLocalRandom.current().nextBytes(datagram);
        return datagram;
    }

    /** A payload (or baseline datagram, with {@code offset} = header size) carrying the send time. */
    private static byte[] timestamped(int offset) {
        byte[] bytes = new byte[offset + PAYLOAD_BYTES];
        ByteBuffer.wrap(bytes).putLong(offset, System.nanoTime());
        return bytes;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
