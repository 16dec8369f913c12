package org.sealroom.protocol.wire;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit pseudorandom function built for short inputs, with a
 * 128-bit key. The message goes in as little-endian 64-bit words; {@link #finish} takes the last, partial word and
 * the message length. Used on one thread at a time, and usually never leaves the method that made it, so the JIT
 * keeps its four words in registers.
 */
final class SipHash24 {
    private long v0;
    private long v1;
    private long v2;
    private long v3;

    SipHash24(long k0, long k1) {
        v0 = k0 ^ 0x736f6d6570736575L;
        v1 = k1 ^ 0x646f72616e646f6dL;
        v2 = k0 ^ 0x6c7967656e657261L;
        v3 = k1 ^ 0x7465646279746573L;
    }

    /** Absorbs one full 8-byte word of the message. */
    SipHash24 word(long m) {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
        return this;
    }

    /**
     * Absorbs the message's last {@code length % 8} bytes ({@code tail}, little-endian, the bytes above them zero)
     * and returns the 64-bit result.
     */
    long finish(long tail, long length) {
        word(tail | length << 56);
        v2 ^= 0xff;
        round();
        round();
        round();
        round();
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** Bytes {@code offset..offset+count} of {@code bytes} as a little-endian word, the bytes above zero. */
    static long littleEndian(byte[] bytes, int offset, int count) {
        long word = 0;
        for (int i = count - 1; i >= 0; i--) {
            word = word << 8 | (bytes[offset + i] & 0xFF);
        }
        return word;
    }

    private void round() {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13);
        v1 ^= v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17);
        v1 ^= v2;
        v2 = Long.rotateLeft(v2, 32);
    }
}
