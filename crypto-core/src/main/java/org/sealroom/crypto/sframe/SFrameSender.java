package org.sealroom.crypto.sframe;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.crypto.LimitExhaustedException;

/**
 * Protects frames under one KID (RFC 9605 section 4.4.3). Each frame takes the next counter; counters never wrap:
 * when the limit is reached {@link #protect} throws {@link LimitExhaustedException} and the key must be replaced.
 * Thread-safe (the counter is atomic; JCA objects are per thread). RFC 9605 section 4.4.1 requires that a
 * base_key encrypts for one sender only: give each KID exactly one sender.
 */
public final class SFrameSender {

    /** Counters run from 0 up to, but excluding, this unsigned value (2^64 - 1). */
    public static final long COUNTER_LIMIT = -1L;

    private final SFrameKey key;
    private final FrameCipher cipher;
    private final AtomicLong nextCounter;
    private final long counterLimit;
    private final FrameScratch.Cache scratchCache = new FrameScratch.Cache();

    /** A sender starting at CTR 0 that may use the whole 64-bit counter space. */
    public SFrameSender(SFrameKey key) {
        this(key, 0, COUNTER_LIMIT);
    }

    /** Counters {@code [firstCounter, counterLimit)} (unsigned); package-private so tests can reach the top. */
    SFrameSender(SFrameKey key, long firstCounter, long counterLimit) {
        this.key = Objects.requireNonNull(key, "key");
        this.cipher = FrameCipher.forSuite(key.suite());
        this.nextCounter = new AtomicLong(firstCounter);
        this.counterLimit = counterLimit;
    }

    /**
     * A sender that refuses after {@code maxFrames} frames, for a policy that rekeys after a fixed volume (for
     * example the AES-GCM usage limits the application chooses).
     */
    public static SFrameSender withFrameLimit(SFrameKey key, long maxFrames) {
        if (maxFrames <= 0) {
            throw new IllegalArgumentException("maxFrames must be positive");
        }
        return new SFrameSender(key, 0, maxFrames);
    }

    /**
     * Writes {@code header + AEAD.Encrypt(sframe_key, nonce, header + metadata, plaintext)} to {@code out}.
     * Consumes all of {@code plaintext}; leaves {@code metadata}'s position unchanged. {@code out} must not
     * overlap {@code plaintext}.
     *
     * @param plaintext the frame, from position to limit
     * @param metadata authenticated but not encrypted data (section 4.4.3), or {@code null}
     * @param out receives the SFrame ciphertext at its position
     * @return the number of bytes written
     * @throws LimitExhaustedException if the counter space of this sender is used up
     * @throws BufferOverflowException if {@code out} lacks room (see {@link #maxProtectedLength})
     * @throws IllegalStateException if the key was destroyed
     */
    public int protect(ByteBuffer plaintext, ByteBuffer metadata, ByteBuffer out) throws LimitExhaustedException {
        if (key.isDestroyed()) {
            throw new IllegalStateException("SFrame sender key for KID " + Long.toUnsignedString(key.kid())
                    + " has been destroyed");
        }
        long ctr = reserveCounter();
        FrameScratch scratch = scratchCache.get();
        int headerLength = SFrameHeader.encode(key.kid(), ctr, scratch.header, 0);
        int total = headerLength + plaintext.remaining() + key.suite().nt();
        if (out.remaining() < total) {
            throw new BufferOverflowException();
        }
        int start = out.position();
        out.put(scratch.header, 0, headerLength);
        cipher.seal(key, ctr, out, start, headerLength, metadata, plaintext, scratch);
        return out.position() - start;
    }

    /** {@link #protect(ByteBuffer, ByteBuffer, ByteBuffer)} without metadata. */
    public int protect(ByteBuffer plaintext, ByteBuffer out) throws LimitExhaustedException {
        return protect(plaintext, null, out);
    }

    /** Upper bound of the protected size of a {@code plaintextLength}-byte frame: largest header plus tag. */
    public int maxProtectedLength(int plaintextLength) {
        return SFrameHeader.encodedLength(key.kid(), counterLimit - 1) + plaintextLength + key.suite().nt();
    }

    /** Frames protected so far (counter values handed out). */
    public long framesProtected() {
        return nextCounter.get();
    }

    public SFrameKey key() {
        return key;
    }

    private long reserveCounter() throws LimitExhaustedException {
        while (true) {
            long ctr = nextCounter.get();
            if (Long.compareUnsigned(ctr, counterLimit) >= 0) {
                throw new LimitExhaustedException("SFrame counter exhausted for KID "
                        + Long.toUnsignedString(key.kid()) + ": rekey before sending more frames");
            }
            if (nextCounter.compareAndSet(ctr, ctr + 1)) {
                return ctr;
            }
        }
    }
}
