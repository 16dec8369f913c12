package org.sealroom.crypto.sframe;

import java.nio.ByteBuffer;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import org.sealroom.crypto.internal.Jca;

/**
 * Per-thread working state of the frame path: JCA objects made once per thread (no per-frame
 * {@code Cipher.getInstance}) and small arrays reused for every frame, so protect and unprotect allocate nothing
 * of their own.
 */
final class FrameScratch {

    private static final ThreadLocal<FrameScratch> PER_THREAD = ThreadLocal.withInitial(FrameScratch::new);

    /** The thread this scratch belongs to; see {@link Cache}. */
    final Thread owner = Thread.currentThread();
    final byte[] header = new byte[SFrameHeader.MAX_LENGTH];
    /** KID and CTR of the header being unprotected. */
    final long[] kidAndCtr = new long[2];
    final byte[] nonce = new byte[12];
    final byte[] counterBlock = new byte[16];
    final byte[] lengths = new byte[24];
    final byte[] tag = new byte[64];
    /** Offset into the array last returned by {@link #arrayOf}. */
    int regionOffset;

    private byte[] copyBuffer = new byte[256];
    private Cipher gcmEncrypt;
    private Cipher gcmDecrypt;
    private Cipher ctr;
    private Mac hmac;
    private Object hmacKeyOwner;

    static FrameScratch get() {
        return PER_THREAD.get();
    }

    /**
     * Remembers the scratch of the thread that used a sender or receiver last, so the usual case (one media
     * thread per stream) skips the {@link ThreadLocal} lookup. Other threads fall back to it; correct either way.
     */
    static final class Cache {
        private volatile FrameScratch last;

        FrameScratch get() {
            FrameScratch scratch = last;
            if (scratch != null && scratch.owner == Thread.currentThread()) {
                return scratch;
            }
            scratch = FrameScratch.get();
            last = scratch;
            return scratch;
        }
    }

    Cipher gcmEncrypt() {
        if (gcmEncrypt == null) {
            gcmEncrypt = Jca.cipher("AES/GCM/NoPadding");
        }
        return gcmEncrypt;
    }

    Cipher gcmDecrypt() {
        if (gcmDecrypt == null) {
            gcmDecrypt = Jca.cipher("AES/GCM/NoPadding");
        }
        return gcmDecrypt;
    }

    Cipher ctr() {
        if (ctr == null) {
            ctr = Jca.cipher("AES/CTR/NoPadding");
        }
        return ctr;
    }

    /**
     * The thread's HMAC, keyed for {@code key}. HMAC re-keying costs two hash blocks, so it happens only when the
     * thread switches to a different frame key.
     */
    Mac hmacFor(SFrameKey key) throws java.security.InvalidKeyException {
        String algorithm = key.authenticationKey().getAlgorithm();
        if (hmac == null || !hmac.getAlgorithm().equals(algorithm)) {
            hmac = Jca.mac(algorithm);
            hmacKeyOwner = null;
        }
        if (hmacKeyOwner != key) {
            hmac.init(key.authenticationKey());
            hmacKeyOwner = key;
        }
        return hmac;
    }

    /**
     * An array holding {@code length} bytes of {@code buffer} from absolute index {@code position}: the backing
     * array when there is one (offset in {@link #regionOffset}), else a reused copy. Never changes the buffer.
     */
    byte[] arrayOf(ByteBuffer buffer, int position, int length) {
        if (buffer.hasArray()) {
            regionOffset = buffer.arrayOffset() + position;
            return buffer.array();
        }
        if (copyBuffer.length < length) {
            copyBuffer = new byte[Math.max(length, copyBuffer.length * 2)];
        }
        buffer.get(position, copyBuffer, 0, length);
        regionOffset = 0;
        return copyBuffer;
    }
}
