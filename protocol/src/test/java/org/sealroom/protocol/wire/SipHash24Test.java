package org.sealroom.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class SipHash24Test {
    private static final byte[] KEY = bytes(16);
    private static final long K0 = SipHash24.littleEndian(KEY, 0, 8);
    private static final long K1 = SipHash24.littleEndian(KEY, 8, 8);

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** SipHash-2-4 of a whole byte string, through {@link SipHash24}'s word API, as the reference computes it. */
    static long hash(long k0, long k1, byte[] message) {
        SipHash24 sip = new SipHash24(k0, k1);
        int full = message.length & ~7;
        for (int i = 0; i < full; i += 8) {
            sip.word(SipHash24.littleEndian(message, i, 8));
        }
        return sip.finish(SipHash24.littleEndian(message, full, message.length - full), message.length);
    }


    @Test
    void matchesThePapersWorkedExample() {
        // Aumasson and Bernstein, "SipHash: a fast short-input PRF", appendix A: key 00..0f, message 00..0e.
        assertThat(hash(K0, K1, bytes(15))).isEqualTo(0xa129ca6149be45e5L);
    }

    @Test
    void matchesTheReferenceImplementationsFirstVectors() {
        // vectors_sip64 of the reference C code: key 00..0f, messages 00..(n-1), output bytes little-endian.
        assertThat(hash(K0, K1, bytes(0))).isEqualTo(0x726fdb47dd0e0e31L);
        assertThat(hash(K0, K1, bytes(1))).isEqualTo(0x74f839c593dc67fdL);
    }

    @Test
    void agreesWithBouncyCastleOnEveryLengthAcrossBlockBoundaries() {
        Random random = new Random(9605);
        for (int length = 0; length <= 64; length++) {
            byte[] key = new byte[16];
            byte[] message = new byte[length];
            random.nextBytes(key);
            random.nextBytes(message);
            SipHash reference = new SipHash(2, 4);
            reference.init(new KeyParameter(key));
            reference.update(message, 0, message.length);

            assertThat(hash(SipHash24.littleEndian(key, 0, 8), SipHash24.littleEndian(key, 8, 8), message))
                    .as("length %d", length).isEqualTo(reference.doFinal());
        }
    }
}
