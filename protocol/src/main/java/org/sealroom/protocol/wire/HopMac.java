package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * The short datagram MAC: the first 8 bytes of HMAC-SHA256(hopKey, direction || header[0..16) || payload).
 * Holds a {@link Mac} and a scratch buffer, so an instance belongs to one thread.
 */
public final class HopMac {
    public static final int TAG_BYTES = 8;

    private final Mac mac;
    private final byte[] scratch;

    HopMac(Mac mac) {
        this.mac = mac;
        this.scratch = new byte[mac.getMacLength()];
    }

    /** The tag over the first {@code coveredHeaderBytes} bytes of {@code header} (from index 0) and the payload. */
    public long tag(HopDirection direction, ByteBuf header, int coveredHeaderBytes, ByteBuf payload) {
        mac.update(direction.label());
        update(header, 0, coveredHeaderBytes);
        update(payload, payload.readerIndex(), payload.readableBytes());
        try {
            mac.doFinal(scratch, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        long tag = 0;
        for (int i = 0; i < TAG_BYTES; i++) {
            tag = (tag << 8) | (scratch[i] & 0xFF);
        }
        return tag;
    }

    private void update(ByteBuf buf, int index, int length) {
        if (buf.hasArray()) {
            mac.update(buf.array(), buf.arrayOffset() + index, length);
        } else if (buf.nioBufferCount() == 1) {
            ByteBuffer nio = buf.nioBuffer(index, length);
            mac.update(nio);
        } else {
            for (ByteBuffer nio : buf.nioBuffers(index, length)) {
                mac.update(nio);
            }
        }
    }
}
