package org.sealroom.relay.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Latency under a steady load: the sender paces timestamped datagrams at a set rate into a forwarder and the sinks
 * record how long each copy took to arrive.
 */
final class PacedLoad {
    private static final Duration WARM_UP = Duration.ofMillis(500);
    private static final Duration DRAIN = Duration.ofMillis(300);
    /** What "keeping up" means: nearly everything arrives, and nine datagrams in ten do not wait in a queue. */
    private static final double MIN_DELIVERED = 0.98;
    private static final long MAX_P90_NANOS = 5_000_000;
    private static final double RAMP_STEP = 1.15;
    private static final int MAX_RAMP_STEPS = 12;

    private final UdpSinks sinks;
    private final int fanOut;

    PacedLoad(UdpSinks sinks, int fanOut) {
        this.sinks = sinks;
        this.fanOut = fanOut;
    }

    /** One run: {@code rate} datagrams in per second, measured for {@code window} after a short warm-up. */
    Result run(DatagramSender sender, LongFunction<byte[]> make, double rate, ChildJvm forwarder, Duration window)
            throws InterruptedException {
        long start = System.nanoTime();
        long forwarderCpu = forwarder.cpuNanos();
        Thread sending = sender.paced(make, rate, start + WARM_UP.toNanos() + window.toNanos());
        Thread.sleep(WARM_UP.toMillis());
        long expected = (long) (rate * fanOut * window.toNanos() / 1e9);
        sinks.startRecording((int) Math.min(20_000_000, expected * 2));
        sending.join();
        double cpuShare = (forwarder.cpuNanos() - forwarderCpu) / (double) (System.nanoTime() - start);
        Thread.sleep(DRAIN.toMillis());
        long[] latencies = sinks.stopRecording();
        Arrays.sort(latencies);
        return new Result(rate * fanOut, latencies.length / (double) Math.max(1, expected), latencies, cpuShare);
    }

    /**
     * The highest rate in (datagrams in per second) the forwarder keeps up with, found in short runs from
     * {@code from}: up while it keeps up, down while it does not. A run that falls behind is tried once more, as one
     * hiccup of a shared machine should not decide. Saturation measured this way, with the sender pacing rather
     * than flooding, leaves the forwarder the CPU a flooding sender would take from it on a small machine.
     */
    double sustainableRate(DatagramSender sender, LongFunction<byte[]> make, double from, ChildJvm forwarder)
            throws InterruptedException {
        double rate = from;
        boolean up = keepsUp(sender, make, rate, forwarder);
        for (int step = 0; step < MAX_RAMP_STEPS; step++) {
            double next = up ? rate * RAMP_STEP : rate / RAMP_STEP;
            boolean keptUp = keepsUp(sender, make, next, forwarder);
            if (up && !keptUp) {
                return rate;
            }
            rate = next;
            if (!up && keptUp) {
                return rate;
            }
        }
        return rate;
    }

    private boolean keepsUp(DatagramSender sender, LongFunction<byte[]> make, double rate, ChildJvm forwarder)
            throws InterruptedException {
        for (int attempt = 0; attempt < 2; attempt++) {
            Result result = run(sender, make, rate, forwarder, Duration.ofSeconds(1));
            System.out.println("# ramp: " + result.summary() + (result.keptUp() ? "" : ": falls behind"));
            if (result.keptUp()) {
                return true;
            }
        }
        return false;
    }

    /** Packets per second out, the share of them that arrived, their latencies (sorted) and the forwarder's CPU. */
    record Result(double ppsOut, double delivered, long[] latencies, double forwarderCpuShare) {
        boolean keptUp() {
            return delivered >= MIN_DELIVERED && percentileNanos(0.9) <= MAX_P90_NANOS;
        }

        long percentileNanos(double fraction) {
            return latencies.length == 0 ? Long.MAX_VALUE
                    : latencies[Math.min(latencies.length - 1, (int) (latencies.length * fraction))];
        }

        String summary() {
            return String.format(Locale.ROOT, "%.0f pps out, %.1f%% delivered, forwarder cpu %.0f%%, latency us "
                    + "p50/p90/p99/p99.9: %d/%d/%d/%d", ppsOut, 100 * delivered, 100 * forwarderCpuShare,
                    percentileNanos(0.5) / 1000, percentileNanos(0.9) / 1000, percentileNanos(0.99) / 1000,
                    percentileNanos(0.999) / 1000);
        }
    }
}
