package org.sealroom.relay.metrics;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.sealroom.protocol.control.ErrorCode;

/**
 * The relay's counters and gauges, updated lock-free on the hot path and rendered in the Prometheus text exposition
 * format (version 0.0.4) by {@link #scrape}.
 */
public final class RelayMetrics {
    /** Where packets came from or went to. */
    public enum Transport {
        TCP,
        UDP
    }

    /** Values computed at scrape time from the relay's state. */
    public interface Gauges {
        int rooms();

        int participants();

        long queuedBytes();

        long largestQueueBytes();
    }

    private final AtomicInteger connectionsOpen = new AtomicInteger();
    private final LongAdder connectionsAccepted = new LongAdder();
    private final LongAdder controlMessagesIn = new LongAdder();
    private final LongAdder[] packetsIn = adders(Transport.values().length);
    private final LongAdder[] bytesIn = adders(Transport.values().length);
    private final LongAdder[] packetsOut = adders(Transport.values().length);
    private final LongAdder[] bytesOut = adders(Transport.values().length);
    private final LongAdder[] drops = adders(DropReason.values().length);
    private final LongAdder[] closes = adders(ErrorCode.values().length);
    private volatile Gauges gauges;

    private static LongAdder[] adders(int n) {
        LongAdder[] result = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            result[i] = new LongAdder();
        }
        return result;
    }

    public void gauges(Gauges source) {
        this.gauges = source;
    }

    public void connectionOpened() {
        connectionsAccepted.increment();
        connectionsOpen.incrementAndGet();
    }

    public void connectionClosed() {
        connectionsOpen.decrementAndGet();
    }

    public void controlIn() {
        controlMessagesIn.increment();
    }

    public void in(Transport transport, int bytes) {
        packetsIn[transport.ordinal()].increment();
        bytesIn[transport.ordinal()].add(bytes);
    }

    public void out(Transport transport, int bytes) {
        packetsOut[transport.ordinal()].increment();
        bytesOut[transport.ordinal()].add(bytes);
    }

    public void drop(DropReason reason) {
        drops[reason.ordinal()].increment();
    }

    /** A connection the relay closed for this reason. */
    public void closed(ErrorCode reason) {
        closes[reason.ordinal()].increment();
    }

    public int connectionsOpen() {
        return connectionsOpen.get();
    }

    public long packetsIn(Transport transport) {
        return packetsIn[transport.ordinal()].sum();
    }

    public long packetsOut(Transport transport) {
        return packetsOut[transport.ordinal()].sum();
    }

    public long drops(DropReason reason) {
        return drops[reason.ordinal()].sum();
    }

    public long closes(ErrorCode reason) {
        return closes[reason.ordinal()].sum();
    }

    /** All metrics in the Prometheus text format. */
    public String scrape() {
        StringBuilder out = new StringBuilder(4096);
        Gauges current = gauges;
        gauge(out, "connections", "Open client connections.", connectionsOpen.get());
        counter(out, "connections_accepted_total", "Client connections accepted.", connectionsAccepted.sum());
        if (current != null) {
            gauge(out, "rooms", "Open rooms.", current.rooms());
            gauge(out, "participants", "Room members, including those within their resume grace.",
                    current.participants());
            gauge(out, "queue_bytes", "Bytes waiting in all receivers' send queues.", current.queuedBytes());
            gauge(out, "queue_bytes_max", "Bytes waiting in the fullest receiver send queue.",
                    current.largestQueueBytes());
        }
        counter(out, "control_messages_in_total", "Control messages received.", controlMessagesIn.sum());
        perTransport(out, "packets_in_total", "Payload frames and datagrams received.", packetsIn);
        perTransport(out, "bytes_in_total", "Bytes of payload frames and datagrams received.", bytesIn);
        perTransport(out, "packets_out_total", "Payload frames and datagrams sent.", packetsOut);
        perTransport(out, "bytes_out_total", "Bytes of payload frames and datagrams sent.", bytesOut);
        header(out, "drops_total", "Packets dropped, by reason.", "counter");
        for (DropReason reason : DropReason.values()) {
            sample(out, "drops_total", "reason", reason.label(), drops[reason.ordinal()].sum());
        }
        header(out, "connections_closed_total", "Connections the relay closed, by reason.", "counter");
        for (ErrorCode reason : ErrorCode.values()) {
            sample(out, "connections_closed_total", "reason", reason.name().toLowerCase(Locale.ROOT),
                    closes[reason.ordinal()].sum());
        }
        gauge(out, "jvm_heap_used_bytes", "JVM heap in use.",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        if (ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider) {
            gauge(out, "netty_direct_memory_used_bytes", "Direct memory held by Netty's buffer allocator.",
                    provider.metric().usedDirectMemory());
        }
        return out.toString();
    }

    private static void perTransport(StringBuilder out, String name, String help, LongAdder[] values) {
        header(out, name, help, "counter");
        for (Transport transport : Transport.values()) {
            sample(out, name, "transport", transport.name().toLowerCase(Locale.ROOT),
                    values[transport.ordinal()].sum());
        }
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        header(out, name, help, "counter");
        out.append("sealroom_relay_").append(name).append(' ').append(value).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        header(out, name, help, "gauge");
        out.append("sealroom_relay_").append(name).append(' ').append(value).append('\n');
    }

    private static void header(StringBuilder out, String name, String help, String type) {
        out.append("# HELP sealroom_relay_").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE sealroom_relay_").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, String label, String value, long sample) {
        out.append("sealroom_relay_").append(name).append('{').append(label).append("=\"").append(value)
                .append("\"} ").append(sample).append('\n');
    }
}
