package org.sealroom.relay.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sealroom.protocol.wire.DatagramType;
import org.sealroom.protocol.wire.HopDirection;
import org.sealroom.protocol.wire.HopKey;
import org.sealroom.protocol.wire.HopMac;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.protocol.wire.OutboundDatagram;

/**
 * What one datagram tag costs, the relay's {@link HopMac} (SipHash-2-4) against the HMAC-SHA256 it replaced, over
 * the same 49 bytes (header words, payload digest, direction): the relay computes one per receiver of every packet.
 */
final class HopTagCost {
    private static final int TAGS = 2_000_000;
    private static final int ROUNDS = 5;
    /** Where the tags go, so that the JIT cannot drop the loops that make them. */
    private static volatile long blackhole;

    private HopTagCost() {
    }

    /** Median nanoseconds per tag: {SipHash-2-4, HMAC-SHA256}. */
    static double[] measure() throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        HopMac hop = HopKey.generate(random).mac();
        byte[] hmacKey = new byte[32];
        random.nextBytes(hmacKey);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
        byte[] digest = new byte[32];
        random.nextBytes(digest);
        ByteBuf header = new OutboundDatagram(HopDirection.RELAY_TO_CLIENT, DatagramType.MEDIA, MediaPriority.VIDEO,
                1, 2, 3).header(UnpooledByteBufAllocator.DEFAULT, hop, digest);
        byte[] covered = new byte[MediaDatagram.COVERED_HEADER_BYTES];
        byte[] out = new byte[hmac.getMacLength()];
        double[] sip = new double[ROUNDS];
        double[] hmacNanos = new double[ROUNDS];
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < TAGS; i++) {
                sink += hop.tag(HopDirection.RELAY_TO_CLIENT, header.getLong(0), header.getLong(8) + i, digest);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < TAGS; i++) {
                header.setInt(12, i);
                header.getBytes(0, covered);
                hmac.update((byte) 0x02);
                hmac.update(covered);
                hmac.update(digest);
                hmac.doFinal(out, 0);
                sink += out[0];
            }
            long t2 = System.nanoTime();
            sip[round] = (t1 - t0) / (double) TAGS;
            hmacNanos[round] = (t2 - t1) / (double) TAGS;
        }
        header.release();
        blackhole = sink;
        Arrays.sort(sip);
        Arrays.sort(hmacNanos);
        return new double[] {sip[ROUNDS / 2], hmacNanos[ROUNDS / 2]};
    }
}
