package org.sealroom.crypto.sframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.CryptoException;
import org.sealroom.crypto.InsecureSecretKeyAccess;
import org.sealroom.crypto.LimitExhaustedException;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.ReplayException;
import org.sealroom.crypto.UnknownKeyException;

class SFrameRoundTripTest {

    private static final long KID = 0x1234;
    /** Shared by all tests so that each test gets different keys (JCA ciphers are cached per thread). */
    private static final Random RANDOM = new Random(9605);
    private final Random random = RANDOM;

    private SFrameKey key(CipherSuite suite) {
        byte[] base = new byte[32];
        random.nextBytes(base);
        return SFrameKey.derive(suite, KID, SFrameBaseKey.fromBytes(base, InsecureSecretKeyAccess.get()));
    }

    private static SFrameReceiver receiverFor(SFrameKey key) {
        ReceiveKey receiveKey = new ReceiveKey(key, new ReplayWindow());
        return new SFrameReceiver(kid -> {
            if (kid != key.kid()) {
                throw new UnknownKeyException("no key for " + kid);
            }
            return receiveKey;
        });
    }

    private static byte[] protect(SFrameSender sender, byte[] plaintext, byte[] metadata) throws Exception {
        ByteBuffer out = ByteBuffer.allocate(sender.maxProtectedLength(plaintext.length));
        sender.protect(ByteBuffer.wrap(plaintext), metadata == null ? null : ByteBuffer.wrap(metadata), out);
        return Arrays.copyOf(out.array(), out.position());
    }

    @ParameterizedTest
    @EnumSource(CipherSuite.class)
    void randomFramesRoundTripWithHeapAndDirectBuffers(CipherSuite suite) throws Exception {
        SFrameKey key = key(suite);
        SFrameSender sender = new SFrameSender(key);
        SFrameReceiver receiver = receiverFor(key);
        for (int i = 0; i < 200; i++) {
            byte[] plaintext = new byte[random.nextInt(1500)];
            random.nextBytes(plaintext);
            byte[] metadata = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(40)];
            random.nextBytes(metadata);
            boolean direct = i % 2 == 1;
            ByteBuffer in = buffer(plaintext, direct);
            ByteBuffer out = direct ? ByteBuffer.allocateDirect(sender.maxProtectedLength(plaintext.length))
                    : ByteBuffer.allocate(sender.maxProtectedLength(plaintext.length));
            int written = sender.protect(in, buffer(metadata, direct), out);
            assertThat(written).isEqualTo(SFrameHeader.encodedLength(KID, i) + plaintext.length + suite.nt());
            assertThat(in.hasRemaining()).isFalse();
            out.flip();

            ByteBuffer plain = direct ? ByteBuffer.allocateDirect(plaintext.length + 3)
                    : ByteBuffer.allocate(plaintext.length + 3);
            ByteBuffer meta = buffer(metadata, direct);
            assertThat(receiver.unprotect(out, meta, plain)).isEqualTo(KID);
            assertThat(meta.remaining()).isEqualTo(metadata.length);
            assertThat(out.hasRemaining()).isFalse();
            plain.flip();
            byte[] decrypted = new byte[plain.remaining()];
            plain.get(decrypted);
            assertThat(decrypted).isEqualTo(plaintext);
        }
        assertThat(receiver.stats().accepted()).isEqualTo(200);
        assertThat(receiver.stats().dropped()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CipherSuite.class)
    void rejectsEveryTamperedByteOfHeaderCiphertextTagAndMetadata(CipherSuite suite) throws Exception {
        SFrameKey key = key(suite);
        SFrameSender sender = new SFrameSender(key, 300, SFrameSender.COUNTER_LIMIT);
        byte[] plaintext = "tamper with any byte and the frame must be dropped".getBytes();
        byte[] metadata = {1, 2, 3, 4};
        byte[] frame = protect(sender, plaintext, metadata);
        SFrameReceiver receiver = receiverFor(key);

        for (int i = 0; i < frame.length; i++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] tampered = frame.clone();
                tampered[i] ^= (byte) bit;
                assertRejectedUntouched(receiver, tampered, metadata);
            }
        }
        for (int i = 0; i < metadata.length; i++) {
            byte[] tamperedMetadata = metadata.clone();
            tamperedMetadata[i] ^= 0x40;
            assertRejectedUntouched(receiver, frame, tamperedMetadata);
        }
        assertRejectedUntouched(receiver, frame, null);
        assertThat(receiver.stats().accepted()).isZero();

        ByteBuffer plain = ByteBuffer.allocate(plaintext.length);
        receiver.unprotect(ByteBuffer.wrap(frame), ByteBuffer.wrap(metadata), plain);
        assertThat(plain.array()).isEqualTo(plaintext);
    }

    private static void assertRejectedUntouched(SFrameReceiver receiver, byte[] frame, byte[] metadata) {
        ByteBuffer in = ByteBuffer.wrap(frame);
        ByteBuffer out = ByteBuffer.allocate(frame.length);
        assertThatThrownBy(() -> receiver.unprotect(in, metadata == null ? null : ByteBuffer.wrap(metadata), out))
                .isInstanceOfAny(AuthenticationFailedException.class, UnknownKeyException.class,
                        MalformedDataException.class);
        assertThat(in.position()).isZero();
        assertThat(out.position()).isZero();
        assertThat(out.array()).containsOnly(0);
    }

    @Test
    void rejectsReplayedFrameAndCountsIt() throws Exception {
        SFrameKey key = key(CipherSuite.AES_128_GCM_SHA256_128);
        SFrameSender sender = new SFrameSender(key);
        SFrameReceiver receiver = receiverFor(key);
        byte[] frame = protect(sender, new byte[] {42}, null);

        receiver.unprotect(ByteBuffer.wrap(frame), ByteBuffer.allocate(1));
        ByteBuffer out = ByteBuffer.allocate(1);
        assertThatThrownBy(() -> receiver.unprotect(ByteBuffer.wrap(frame), out))
                .isInstanceOfSatisfying(ReplayException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReplayException.Reason.DUPLICATE));
        assertThat(out.position()).isZero();
        assertThat(out.array()).containsOnly(0);
        assertThat(receiver.stats()).isEqualTo(new ReceiverStats(1, 0, 0, 0, 1, 0));
    }

    @Test
    void acceptsReorderedFramesInsideTheWindowAndRejectsTooOldOnes() throws Exception {
        SFrameKey key = key(CipherSuite.AES_128_CTR_HMAC_SHA256_80);
        SFrameReceiver receiver = receiverFor(key);
        byte[][] frames = numberedFrames(new SFrameSender(key), 400);
        // Newest first, then everything the default 256-frame window still covers, in reverse order.
        receiver.unprotect(ByteBuffer.wrap(frames[399]), ByteBuffer.allocate(2));
        for (int i = 398; i > 399 - ReplayWindow.DEFAULT_SIZE; i--) {
            receiver.unprotect(ByteBuffer.wrap(frames[i]), ByteBuffer.allocate(2));
        }
        assertThatThrownBy(() -> receiver.unprotect(ByteBuffer.wrap(frames[399 - ReplayWindow.DEFAULT_SIZE]),
                ByteBuffer.allocate(2)))
                .isInstanceOfSatisfying(ReplayException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReplayException.Reason.TOO_OLD));
        assertThat(receiver.stats().accepted()).isEqualTo(ReplayWindow.DEFAULT_SIZE);
        assertThat(receiver.stats().tooOld()).isEqualTo(1);
    }

    @Test
    void acceptsEachFrameExactlyOnceWhenTwoThreadsDeliverTheSameFrames() throws Exception {
        SFrameKey key = key(CipherSuite.AES_128_GCM_SHA256_128);
        SFrameReceiver receiver = receiverFor(key);
        byte[][] frames = numberedFrames(new SFrameSender(key), 2000);
        Runnable deliverAll = () -> {
            for (byte[] frame : frames) {
                try {
                    receiver.unprotect(ByteBuffer.wrap(frame), ByteBuffer.allocate(2));
                } catch (ReplayException expected) {
                    // the other thread got there first
                } catch (CryptoException e) {
                    throw new AssertionError(e);
                }
            }
        };
        Thread other = new Thread(deliverAll);
        other.start();
        deliverAll.run();
        other.join();
        ReceiverStats stats = receiver.stats();
        assertThat(stats.accepted()).isEqualTo(frames.length);
        assertThat(stats.replayed() + stats.tooOld()).isEqualTo(frames.length);
        assertThat(stats.authenticationFailed() + stats.malformed() + stats.unknownKey()).isZero();
    }

    @Test
    void counterExhaustionIsAHardErrorNeverAWrapAround() throws Exception {
        SFrameKey key = key(CipherSuite.AES_128_GCM_SHA256_128);
        SFrameSender sender = new SFrameSender(key, SFrameSender.COUNTER_LIMIT - 2, SFrameSender.COUNTER_LIMIT);
        SFrameReceiver receiver = receiverFor(key);
        byte[] first = protect(sender, new byte[] {1}, null);
        byte[] last = protect(sender, new byte[] {2}, null);
        assertThatThrownBy(() -> protect(sender, new byte[] {3}, null))
                .isInstanceOf(LimitExhaustedException.class).hasMessageContaining("rekey");
        assertThatThrownBy(() -> protect(sender, new byte[] {3}, null))
                .isInstanceOf(LimitExhaustedException.class);

        receiver.unprotect(ByteBuffer.wrap(first), ByteBuffer.allocate(1));
        ByteBuffer out = ByteBuffer.allocate(1);
        assertThat(receiver.unprotect(ByteBuffer.wrap(last), out)).isEqualTo(KID);
        assertThat(out.array()).containsExactly(2);
        assertThat(SFrameHeader.decode(ByteBuffer.wrap(last)).ctr()).isEqualTo(-2L);
    }

    @Test
    void frameLimitStopsTheSenderAfterThatManyFrames() throws Exception {
        SFrameSender sender = SFrameSender.withFrameLimit(key(CipherSuite.AES_256_GCM_SHA512_128), 3);
        for (int i = 0; i < 3; i++) {
            protect(sender, new byte[8], null);
        }
        assertThat(sender.framesProtected()).isEqualTo(3);
        assertThatThrownBy(() -> protect(sender, new byte[8], null)).isInstanceOf(LimitExhaustedException.class);
    }

    @Test
    void senderRefusesADestroyedKeyAndTooSmallOutput() {
        SFrameKey key = key(CipherSuite.AES_128_GCM_SHA256_128);
        SFrameSender sender = new SFrameSender(key);
        assertThatThrownBy(() -> sender.protect(ByteBuffer.allocate(10), ByteBuffer.allocate(20)))
                .isInstanceOf(java.nio.BufferOverflowException.class);
        key.destroy();
        assertThatThrownBy(() -> sender.protect(ByteBuffer.allocate(10), ByteBuffer.allocate(100)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("destroyed");
    }

    @Test
    void framesUnderAnotherKeyFailAuthentication() throws Exception {
        SFrameKey ours = key(CipherSuite.AES_128_GCM_SHA256_128);
        SFrameKey theirs = key(CipherSuite.AES_128_GCM_SHA256_128);
        byte[] frame = protect(new SFrameSender(theirs), new byte[100], null);
        SFrameReceiver receiver = receiverFor(ours);
        assertThatThrownBy(() -> receiver.unprotect(ByteBuffer.wrap(frame), ByteBuffer.allocate(100)))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(receiver.stats().authenticationFailed()).isEqualTo(1);
    }

    @Test
    void frameShorterThanItsTagIsMalformed() throws Exception {
        SFrameKey key = key(CipherSuite.AES_128_CTR_HMAC_SHA256_80);
        byte[] header = new SFrameHeader(KID, 1).encode();
        byte[] frame = Arrays.copyOf(header, header.length + 9);
        SFrameReceiver receiver = receiverFor(key);
        assertThatThrownBy(() -> receiver.unprotect(ByteBuffer.wrap(frame), ByteBuffer.allocate(20)))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("tag");
        assertThat(receiver.stats().malformed()).isEqualTo(1);
    }

    @Test
    void keysNeverPrintTheirSecret() {
        SFrameKey key = key(CipherSuite.AES_128_GCM_SHA256_128);
        String hex = java.util.HexFormat.of().formatHex(key.sframeKey());
        assertThat(key.toString()).doesNotContain(hex).contains("redacted");
        key.destroy();
        assertThat(key.isDestroyed()).isTrue();
        assertThat(key.encryptionKey().getEncoded()).containsOnly(0);
        assertThatThrownBy(key::sframeKey).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectionsAreCheckedCryptoExceptions() {
        assertThat(CryptoException.class).isAssignableFrom(ReplayException.class);
        assertThat(Exception.class).isAssignableFrom(CryptoException.class);
        assertThat(RuntimeException.class.isAssignableFrom(CryptoException.class)).isFalse();
    }

    /** {@code count} frames whose plaintext is their index (two bytes). */
    private static byte[][] numberedFrames(SFrameSender sender, int count) throws Exception {
        byte[][] frames = new byte[count][];
        for (int i = 0; i < count; i++) {
            frames[i] = protect(sender, new byte[] {(byte) i, (byte) (i >> 8)}, null);
        }
        return frames;
    }

    private static ByteBuffer buffer(byte[] bytes, boolean direct) {
        if (!direct) {
            return ByteBuffer.wrap(bytes);
        }
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
        buffer.put(bytes).flip();
        return buffer;
    }
}
