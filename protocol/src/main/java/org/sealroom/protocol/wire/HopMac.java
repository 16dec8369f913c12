package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * The short datagram tag: the first 8 bytes of
 * HMAC-SHA256(hopKey, direction || header[0..16) || SHA-256(payload)) (RFC 2104, FIPS 180-4).
 * Holds a {@link Mac} and scratch buffers, so an instance belongs to one thread.
 */
public final class HopMac {
    public static final int TAG_BYTES = 8;

    private final Mac mac;
    private final byte[] header = new byte[MediaDatagram.COVERED_HEADER_BYTES];
    private final byte[] scratch;

    HopMac(Mac mac) {
        this.mac = mac;
        this.scratch = new byte[mac.getMacLength()];
    }

    /** The tag over the first 16 bytes of {@code datagramHeader} (from its reader index) and a payload digest. */
    public long tag(HopDirection direction, ByteBuf datagramHeader, byte[] payloadDigest) {
        datagramHeader.getBytes(datagramHeader.readerIndex(), header);
        mac.update(direction.label());
        mac.update(header);
        mac.update(payloadDigest);
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
}
