package org.sealroom.relay.bench;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.relay.metrics.DropReason;

/**
 * {@code ./sealroom bench relay}: the relay against a bare Netty forwarder (same transport, same fan-out, no relay
 * logic), measured in the same run on loopback with 1200-byte payloads and fan-out 1→10 and 1→50. The relay and
 * the baseline each run in a JVM of their own ({@link ChildJvm}) with one event-loop thread; this JVM holds one
 * sender thread and one event loop for all receivers. Throughput alternates the two in rounds after a warm-up;
 * latency is measured by {@link PacedLoad}. Prints one {@code name: value} line per metric, and {@code #} lines
 * with every round; {@code docs/relay.md} explains each metric.
 */
public final class RelayBench {
    private static final int PAYLOAD_BYTES = 1200;
    private static final int[] DEFAULT_FAN_OUTS = {10, 50};
    private static final int LATENCY_FAN_OUT = 10;
    private static final double LATENCY_LOAD = 0.7;
    /** Time to let each fresh forwarder JVM compile its hot paths before anything is measured. */
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(5);
    private static final Duration WARM_UP = Duration.ofMillis(500);
    private static final Duration WINDOW = Duration.ofMillis(1500);
    private static final int ROUNDS = 7;
    private static final Duration LATENCY_WINDOW = Duration.ofSeconds(1);
    /**
     * Latency rounds. On a small shared machine whole rounds of either forwarder are spoilt by pauses that have
     * nothing to do with it (tens of milliseconds); the median over many interleaved pairs is a clean pair's.
     */
    private static final int LATENCY_ROUNDS = 9;
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final int RING = 1024;
    private static final int IDLE_PARTICIPANTS = 500;

    /** The relay's settings: limits far above the benchmark's load, one event-loop thread as for the baseline. */
    private static final String RELAY_SETTINGS = "ioThreads=1\nlimits.messagesPerSecond=100000000\n"
            + "limits.bytesPerSecond=1099511627776\nlimits.keepAliveInterval=5m\nlimits.idleTimeout=10m\n"
            + "limits.maxConnectionsPerIp=1000\n";

    private final IoTransport transport = IoTransport.best();
    private final Map<String, String> results = new LinkedHashMap<>();

    private final int[] fanOuts;

    private RelayBench(int[] fanOuts) {
        this.fanOuts = fanOuts;
    }

    /** Arguments, if any, are the fan-outs to measure instead of 10 and 50 (10 is the one latency is measured at). */
    public static void main(String[] args) throws Exception {
        new RelayBench(args.length == 0 ? DEFAULT_FAN_OUTS
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.println("# transport: " + transport.name() + ", cores: " + Runtime.getRuntime().availableProcessors()
                + ", relay event-loop threads: 1, payload: " + PAYLOAD_BYTES + " bytes, " + ROUNDS
                + " interleaved rounds per fan-out (medians)");
        EventLoopGroup sinkGroup = transport.newGroup(1, "bench-sinks");
        double worstRatio = Double.MAX_VALUE;
        double bestRelayPps = 0;
        try {
            for (int fanOut : fanOuts) {
                double[] ratio = fanOut(sinkGroup, fanOut);
                worstRatio = Math.min(worstRatio, ratio[0]);
                bestRelayPps = Math.max(bestRelayPps, ratio[1]);
            }
        } finally {
            sinkGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        long perParticipant = IdleMemoryProbe.bytesPerIdleParticipant(IDLE_PARTICIPANTS);
        double[] tagNanos = HopTagCost.measure();
        results.put("hop_tag_ns", format(tagNanos[0], 1));
        results.put("hmac_sha256_tag_ns", format(tagNanos[1], 1));
        results.put("hop_tag_speedup_vs_hmac_sha256", format(tagNanos[1] / tagNanos[0], 1));

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
    private double[] fanOut(EventLoopGroup sinkGroup, int fanOut) throws Exception {
        try (UdpSinks sinks = new UdpSinks(transport, sinkGroup, fanOut);
             RelayProcess relay = new RelayProcess(RELAY_SETTINGS);
             DatagramSender relaySender = new DatagramSender(relay.udpAddress());
             RelayRoomSetup room = new RelayRoomSetup(relay.controlAddress(), relay.udpAddress(), sinks, fanOut,
                     relaySender::send);
             ChildJvm bare = startBare(sinks);
             DatagramSender bareSender = new DatagramSender(new InetSocketAddress(
                     InetAddress.getLoopbackAddress(), barePort(bare)))) {
            byte[][] relayRing = new byte[RING][];
            byte[][] bareRing = new byte[RING][];
            for (int i = 0; i < RING; i++) {
                relayRing[i] = room.media(i, randomPayload());
                bareRing[i] = randomDatagram();
            }
            sendFor(relaySender, relayRing, JIT_WARM_UP);
            sendFor(bareSender, bareRing, JIT_WARM_UP);
            double[] ratioAndPps = throughput(fanOut, sinks, relaySender, relayRing, relay.jvm(), bareSender, bareRing,
                    bare);
            recordDrops(relay, fanOut);
            if (fanOut == LATENCY_FAN_OUT) {
                latency(new PacedLoad(sinks, fanOut), relaySender, seq -> room.media((int) seq, timestamped(0)),
                        relay.jvm(), bareSender, bare, ratioAndPps[1] / fanOut);
            }
            return ratioAndPps;
        }
    }

    /** Rounds alternating relay and baseline under a flood; returns the median ratio and relay packets/s out. */
    private double[] throughput(int fanOut, UdpSinks sinks, DatagramSender relaySender, byte[][] relayRing,
                                ChildJvm relay, DatagramSender bareSender, byte[][] bareRing, ChildJvm bare)
            throws Exception {
        Window[] relayWindows = new Window[ROUNDS];
        Window[] bareWindows = new Window[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            relayWindows[round] = saturation(sinks, relaySender, relayRing, relay);
            bareWindows[round] = saturation(sinks, bareSender, bareRing, bare);
            System.out.printf(Locale.ROOT, "# 1to%d round %d: relay %.0f pps, %.0f ns cpu/packet; bare %.0f pps,"
                    + " %.0f ns cpu/packet%n", fanOut, round + 1, relayWindows[round].pps(),
                    relayWindows[round].cpuNanosPerPacket(), bareWindows[round].pps(),
                    bareWindows[round].cpuNanosPerPacket());
        }
        double ratio = medianRatio(relayWindows, bareWindows, Window::pps);
        double pps = median(relayWindows, Window::pps);
        double relayCpu = median(relayWindows, Window::cpuNanosPerPacket);
        results.put("relay_fanout_vs_bare_netty_1to" + fanOut, format(ratio, 3));
        results.put("relay_pps_out_1to" + fanOut, format(pps, 0));
        results.put("bare_netty_pps_out_1to" + fanOut, format(median(bareWindows, Window::pps), 0));
        results.put("relay_cpu_ns_per_packet_out_1to" + fanOut, format(relayCpu, 0));
        results.put("bare_netty_cpu_ns_per_packet_out_1to" + fanOut,
                format(median(bareWindows, Window::cpuNanosPerPacket), 0));
        results.put("relay_fanout_per_cpu_vs_bare_netty_1to" + fanOut,
                format(medianRatio(bareWindows, relayWindows, Window::cpuNanosPerPacket), 3));
        results.put("relay_pps_out_per_core_1to" + fanOut, format(1e9 / relayCpu, 0));
        return new double[] {ratio, pps};
    }

    /** Whatever the relay dropped, by reason, as its own metrics count it. */
    private void recordDrops(RelayProcess relay, int fanOut) throws Exception {
        String metrics = relay.metrics();
        for (DropReason reason : DropReason.values()) {
            long drops = RelayProcess.sample(metrics, "sealroom_relay_drops_total{reason=\"" + reason.label() + "\"}");
            if (drops > 0) {
                results.put("relay_drops_" + reason.label() + "_1to" + fanOut, Long.toString(drops));
            }
        }
    }

    /**
     * p99 latency at {@link #LATENCY_LOAD} of the relay's sustainable rate, for the relay and, at the same rate, the
     * baseline; the difference is what the relay adds.
     */
    private void latency(PacedLoad load, DatagramSender relaySender, LongFunction<byte[]> relayDatagram,
                         ChildJvm relay, DatagramSender bareSender, ChildJvm bare, double floodRate)
            throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        double sustainable = load.sustainableRate(relaySender, relayDatagram, floodRate / 2, relay);
        double rate = LATENCY_LOAD * sustainable;
        long[] relayP99 = new long[LATENCY_ROUNDS];
        long[] bareP99 = new long[LATENCY_ROUNDS];
        long[] added = new long[LATENCY_ROUNDS];
        long[] addedMedian = new long[LATENCY_ROUNDS];
        for (int round = 0; round < LATENCY_ROUNDS; round++) {
            PacedLoad.Result relayRun = load.run(relaySender, relayDatagram, rate, relay, LATENCY_WINDOW);
            PacedLoad.Result bareRun = load.run(bareSender, seq -> timestamped(MediaDatagram.HEADER_BYTES), rate,
                    bare, LATENCY_WINDOW);
            System.out.println("# latency round " + (round + 1) + ", relay:    " + relayRun.summary());
            System.out.println("# latency round " + (round + 1) + ", baseline: " + bareRun.summary());
            relayP99[round] = relayRun.percentileNanos(0.99);
            bareP99[round] = bareRun.percentileNanos(0.99);
            added[round] = relayP99[round] - bareP99[round];
            addedMedian[round] = relayRun.percentileNanos(0.5) - bareRun.percentileNanos(0.5);
        }
        results.put("relay_p99_added_latency_us", Long.toString(Math.max(0, median(added) / 1000)));
        results.put("relay_p50_added_latency_us", Long.toString(median(addedMedian) / 1000));
        results.put("relay_p99_latency_us", Long.toString(median(relayP99) / 1000));
        results.put("bare_netty_p99_latency_us", Long.toString(median(bareP99) / 1000));
        results.put("latency_load_pps_out", format(rate * LATENCY_FAN_OUT, 0));
        results.put("relay_sustainable_pps_out", format(sustainable * LATENCY_FAN_OUT, 0));
    }

    private static ChildJvm startBare(UdpSinks sinks) throws IOException {
        String[] ports = new String[sinks.count()];
        for (int i = 0; i < ports.length; i++) {
            ports[i] = Integer.toString(sinks.address(i).getPort());
        }
        return ChildJvm.start(BareForwarder.class.getName(), ports);
    }

    private static int barePort(ChildJvm bare) throws IOException {
        List<String> lines = bare.readUntil(line -> line.startsWith(BareForwarder.READY));
        return Integer.parseInt(lines.getLast().substring(BareForwarder.READY.length()).trim());
    }

    private static double median(Window[] windows, ToDoubleFunction<Window> metric) {
        double[] values = new double[windows.length];
        for (int i = 0; i < windows.length; i++) {
            values[i] = metric.applyAsDouble(windows[i]);
        }
        return median(values);
    }

    /** The median over rounds of {@code a / b}, each round's pair measured back to back. */
    private static double medianRatio(Window[] a, Window[] b, ToDoubleFunction<Window> metric) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = metric.applyAsDouble(a[i]) / metric.applyAsDouble(b[i]);
        }
        return median(ratios);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One saturation window: packets per second out, and nanoseconds of forwarder CPU per packet out. */
    private record Window(double pps, double cpuNanosPerPacket) {
    }

    private static void sendFor(DatagramSender sender, byte[][] ring, Duration duration) throws InterruptedException {
        sender.blast(ring, System.nanoTime() + duration.toNanos()).join();
    }

    /** With the sender sending as fast as it can, for one window after a warm-up. */
    private static Window saturation(UdpSinks sinks, DatagramSender sender, byte[][] ring, ChildJvm forwarder)
            throws Exception {
        long start = System.nanoTime();
        Thread sending = sender.blast(ring, start + WARM_UP.toNanos() + WINDOW.toNanos() + 200_000_000L);
        Thread.sleep(WARM_UP.toMillis());
        long count0 = sinks.received.sum();
        long cpu0 = forwarder.cpuNanos();
        long t0 = System.nanoTime();
        Thread.sleep(WINDOW.toMillis());
        long count1 = sinks.received.sum();
        long cpu1 = forwarder.cpuNanos();
        long t1 = System.nanoTime();
        sending.join();
        Thread.sleep(300);
        long packets = count1 - count0;
        return new Window(packets / ((t1 - t0) / 1e9), (cpu1 - cpu0) / (double) packets);
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
