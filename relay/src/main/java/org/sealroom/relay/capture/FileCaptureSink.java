package org.sealroom.relay.capture;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sealroom.protocol.control.ControlJson;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.wire.DataMessage;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.protocol.wire.PayloadMessage;
import org.sealroom.relay.RelayException;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.metrics.RelayMetrics;

/**
 * Writes capture records ({@link CaptureFormat}) to {@code capture-<UTC start time>.srcap} in the capture directory.
 * Event loops copy each record into a bounded queue; one writer thread drains it to disk. When the disk cannot keep
 * up, records are dropped and counted ({@code capture_overflow}) rather than slowing forwarding.
 */
public final class FileCaptureSink implements CaptureSink {
    private static final Logger LOG = LoggerFactory.getLogger(FileCaptureSink.class);
    private static final int QUEUE_RECORDS = 16_384;
    private static final byte[] STOP = new byte[0];

    private final Path file;
    private final RelayMetrics metrics;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_RECORDS);
    private final Thread writer;

    public FileCaptureSink(Path directory, RelayMetrics metrics) {
        this.metrics = metrics;
        Instant start = Instant.now();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(start);
        this.file = directory.resolve("capture-" + stamp + ".srcap");
        OutputStream out;
        try {
            Files.createDirectories(directory);
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out.write(CaptureFormat.MAGIC);
            out.write(ByteBuffer.allocate(8).putLong(start.toEpochMilli()).array());
        } catch (IOException e) {
            throw new RelayException("cannot create the capture file in " + directory, e);
        }
        this.writer = Thread.ofPlatform().name("sealroom-capture").daemon().start(() -> drain(out));
    }

    public Path file() {
        return file;
    }

    @Override
    public void control(int connectionId, ControlMessage message) {
        byte[] json = ControlJson.toBytes(Redaction.redact(message));
        offer(connectionId, CaptureFormat.SOURCE_TLS, CaptureFormat.KIND_CONTROL, Unpooled.wrappedBuffer(json));
    }

    @Override
    public void frame(int connectionId, PayloadMessage message) {
        ByteBuf header = Unpooled.buffer(message.headerBytes());
        message.writeHeader(header);
        int kind = message instanceof DataMessage ? CaptureFormat.KIND_DATA : CaptureFormat.KIND_MEDIA;
        offer(connectionId, CaptureFormat.SOURCE_TLS, kind, header, message.payload());
    }

    @Override
    public void datagram(int connectionId, ByteBuf datagram) {
        MediaDatagram header = MediaDatagram.parseHeader(datagram);
        int kind = header != null && header.type() == DatagramType.MEDIA
                ? CaptureFormat.KIND_MEDIA : CaptureFormat.KIND_PROBE;
        offer(connectionId, CaptureFormat.SOURCE_UDP, kind, datagram);
    }

    private void offer(int connectionId, int source, int kind, ByteBuf... body) {
        int bodyBytes = 0;
        for (ByteBuf part : body) {
            bodyBytes += part.readableBytes();
        }
        ByteBuffer record = ByteBuffer.allocate(4 + CaptureFormat.RECORD_HEADER_BYTES + bodyBytes);
        Instant now = Instant.now();
        record.putInt(CaptureFormat.RECORD_HEADER_BYTES + bodyBytes)
                .putLong(now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000)
                .putInt(connectionId)
                .put((byte) source)
                .put((byte) kind);
        for (ByteBuf part : body) {
            int n = part.readableBytes();
            part.getBytes(part.readerIndex(), record.array(), record.position(), n);
            record.position(record.position() + n);
        }
        if (!queue.offer(record.array())) {
            metrics.drop(DropReason.CAPTURE_OVERFLOW);
        }
    }

    private void drain(OutputStream out) {
        try (out) {
            while (true) {
                byte[] record = queue.poll(200, TimeUnit.MILLISECONDS);
                if (record == STOP) {
                    return;
                }
                if (record == null) {
                    out.flush();
                } else {
                    out.write(record);
                }
            }
        } catch (IOException e) {
            LOG.error("capture stopped: cannot write {}: {}", file, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued and closes the file. */
    @Override
    public void close() {
        try {
            queue.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
