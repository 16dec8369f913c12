package org.sealroom.crypto.sframe;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.CryptoException;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.ReplayException;
import org.sealroom.crypto.UnknownKeyException;

/**
 * Unprotects SFrame ciphertexts (RFC 9605 section 4.4.4): parses the header, looks the KID up, rejects replays,
 * authenticates and decrypts. Every rejection is a typed exception and is counted in {@link #stats()}.
 * Thread-safe.
 */
public final class SFrameReceiver {

    private final SFrameKeyResolver keys;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder unknownKey = new LongAdder();
    private final LongAdder authenticationFailed = new LongAdder();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder tooOld = new LongAdder();
    private final FrameScratch.Cache scratchCache = new FrameScratch.Cache();

    public SFrameReceiver(SFrameKeyResolver keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Decrypts the SFrame ciphertext in {@code frame} (position to limit) into {@code out}. On success the frame
     * is consumed; on failure neither buffer's position changes and nothing is left in {@code out}.
     *
     * @param frame header, ciphertext and tag
     * @param metadata the metadata the sender authenticated, or {@code null}; its position is unchanged
     * @param out receives the plaintext
     * @return the KID of the frame, so the caller knows which sender it came from
     * @throws MalformedDataException if the header does not parse or the frame is shorter than its tag
     * @throws UnknownKeyException if there is no key for the KID
     * @throws ReplayException if the counter was already accepted or is too old
     * @throws AuthenticationFailedException if the tag does not verify
     * @throws BufferOverflowException if {@code out} is smaller than the ciphertext
     */
    public long unprotect(ByteBuffer frame, ByteBuffer metadata, ByteBuffer out) throws MalformedDataException,
            UnknownKeyException, ReplayException, AuthenticationFailedException {
        int frameStart = frame.position();
        int outStart = out.position();
        try {
            long kid = unprotectCounted(frame, metadata, out);
            accepted.increment();
            return kid;
        } catch (CryptoException e) {
            rewind(frame, frameStart, out, outStart);
            count(e);
            throw e;
        } catch (RuntimeException e) {
            rewind(frame, frameStart, out, outStart);
            throw e;
        }
    }

    /** {@link #unprotect(ByteBuffer, ByteBuffer, ByteBuffer)} without metadata. */
    public long unprotect(ByteBuffer frame, ByteBuffer out) throws MalformedDataException, UnknownKeyException,
            ReplayException, AuthenticationFailedException {
        return unprotect(frame, null, out);
    }

    public ReceiverStats stats() {
        return new ReceiverStats(accepted.sum(), malformed.sum(), unknownKey.sum(), authenticationFailed.sum(),
                replayed.sum(), tooOld.sum());
    }

    private long unprotectCounted(ByteBuffer frame, ByteBuffer metadata, ByteBuffer out)
            throws MalformedDataException, UnknownKeyException, ReplayException, AuthenticationFailedException {
        FrameScratch scratch = scratchCache.get();
        int headerStart = frame.position();
        int headerLength = SFrameHeader.parse(frame, scratch.kidAndCtr);
        long kid = scratch.kidAndCtr[0];
        long ctr = scratch.kidAndCtr[1];
        ReceiveKey receiveKey = keys.resolve(kid);
        SFrameKey key = receiveKey.key();
        if (key.isDestroyed()) {
            throw UnknownKeyException.onFramePath("SFrame: key for the KID has been retired");
        }
        int nt = key.suite().nt();
        if (frame.remaining() < nt) {
            throw MalformedDataException.onFramePath("SFrame: frame shorter than its authentication tag");
        }
        if (out.remaining() < frame.remaining() - nt) {
            throw new BufferOverflowException();
        }
        // Decrypt first, then check and mark the counter in one step: a replay costs one decryption, no more
        // than a forgery does, and the window takes a single lock per frame. A rejected replay's plaintext is
        // wiped by the caller of this method.
        FrameCipher.forSuite(key.suite()).open(key, ctr, frame, headerStart, headerLength, metadata, out, scratch);
        receiveKey.replayWindow().markSeen(ctr);
        return kid;
    }

    private void count(CryptoException e) {
        if (e instanceof ReplayException replay) {
            (replay.reason() == ReplayException.Reason.TOO_OLD ? tooOld : replayed).increment();
        } else if (e instanceof AuthenticationFailedException) {
            authenticationFailed.increment();
        } else if (e instanceof UnknownKeyException) {
            unknownKey.increment();
        } else {
            malformed.increment();
        }
    }

    /** Restores the frame's position and clears anything written to {@code out} since {@code outStart}. */
    private static void rewind(ByteBuffer frame, int frameStart, ByteBuffer out, int outStart) {
        frame.position(frameStart);
        for (int i = outStart; i < out.position(); i++) {
            out.put(i, (byte) 0);
        }
        out.position(outStart);
    }
}
