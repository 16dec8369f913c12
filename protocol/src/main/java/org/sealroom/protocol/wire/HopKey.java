package org.sealroom.protocol.wire;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The per-connection transport key that authenticates UDP datagrams between one client and the relay: a 128-bit
 * SipHash-2-4 key ({@link HopMac}). It is handed out over the TLS connection and proves only "this datagram belongs to
 * that connection"; it protects routing, not content, and has nothing to do with the end-to-end keys.
 */
public final class HopKey {
    public static final int BYTES = 16;

    private final byte[] key;

    private HopKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("hop key must be " + BYTES + " bytes, got " + key.length);
        }
        this.key = key.clone();
    }

    public static HopKey generate(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new HopKey(key);
    }

    /** Reads a key sent as base64 in {@code Welcome.hopKey}. */
    public static HopKey fromBase64(String encoded) {
        try {
            return new HopKey(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException("hop key is not base64 of " + BYTES + " bytes");
        }
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** The MAC under this key; it holds no mutable state, so any thread may use it. */
    public HopMac mac() {
        return new HopMac(SipHash24.littleEndian(key, 0, 8), SipHash24.littleEndian(key, 8, 8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HopKey that && java.security.MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "HopKey[redacted]";
    }
}
