package org.sealroom.protocol.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 8-byte datagram tag: SipHash-2-4 under the hop key of header[0..16) || SHA-256(payload) || direction, 49 bytes
 * (the header words and digest words read little-endian, as SipHash reads any message). SipHash is a PRF made for
 * short inputs; one tag costs a few dozen nanoseconds, which matters because the relay computes one per receiver of
 * every packet it fans out. Immutable and thread-safe.
 */
public final class HopMac {
    public static final int TAG_BYTES = 8;
    private static final int MESSAGE_BYTES = MediaDatagram.COVERED_HEADER_BYTES + PayloadDigest.BYTES + 1;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final long k0;
    private final long k1;

    HopMac(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /**
     * The tag over a datagram's first 16 header bytes, given as two big-endian words as {@code ByteBuf.getLong}
     * reads them, and a payload digest.
     */
    public long tag(HopDirection direction, long headerBytes0To8, long headerBytes8To16, byte[] payloadDigest) {
        return new SipHash24(k0, k1)
                .word(Long.reverseBytes(headerBytes0To8))
                .word(Long.reverseBytes(headerBytes8To16))
                .word((long) LONG_LE.get(payloadDigest, 0))
                .word((long) LONG_LE.get(payloadDigest, 8))
                .word((long) LONG_LE.get(payloadDigest, 16))
                .word((long) LONG_LE.get(payloadDigest, 24))
                .finish(direction.label() & 0xFF, MESSAGE_BYTES);
    }

    @Override
    public String toString() {
        return "HopMac[redacted]";
    }
}
