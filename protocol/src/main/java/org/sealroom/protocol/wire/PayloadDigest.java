package org.sealroom.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a datagram payload (FIPS 180-4). The datagram tag covers this digest rather than the payload itself,
 * so a relay fanning one packet out to N receivers hashes the payload once and computes N short tags
 * ({@link HopMac}).
 */
public final class PayloadDigest {
    public static final int BYTES = 32;

    private static final FastThreadLocal<MessageDigest> SHA256 = new FastThreadLocal<>() {
        @Override
        protected MessageDigest initialValue() throws NoSuchAlgorithmException {
            return MessageDigest.getInstance("SHA-256");
        }
    };

    private PayloadDigest() {
    }

    public static byte[] of(ByteBuf payload) {
        MessageDigest sha256 = SHA256.get();
        int index = payload.readerIndex();
        int length = payload.readableBytes();
        if (payload.hasArray()) {
            sha256.update(payload.array(), payload.arrayOffset() + index, length);
        } else {
            for (ByteBuffer nio : payload.nioBuffers(index, length)) {
                sha256.update(nio);
            }
        }
        return sha256.digest();
    }
}
