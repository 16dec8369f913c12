package org.sealroom.crypto.epoch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.ReplayException;
import org.sealroom.crypto.UnknownKeyException;
import org.sealroom.crypto.sframe.ReceiveKey;
import org.sealroom.crypto.sframe.ReplayWindow;
import org.sealroom.crypto.sframe.SFrameReceiver;
import org.sealroom.crypto.sframe.SFrameSender;

class EpochKeyRingTest {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final EpochKeyRing ring = new EpochKeyRing(SuitePolicy.DEFAULT, GRACE, clock, ReplayWindow.DEFAULT_SIZE);
    private final SFrameReceiver receiver = new SFrameReceiver(ring);

    @Test
    void decryptsEverySendersStreamsOfTheCurrentEpoch() throws Exception {
        MeetingKey key = MeetingKey.generate();
        Epoch epoch = new Epoch(1);
        ring.install(epoch, key);
        EpochKeys senderSide = EpochKeys.derive(epoch, key);
        for (int sender : new int[] {0, 1, 7, 300, KeyId.MAX_SENDER_INDEX}) {
            for (StreamKind stream : StreamKind.values()) {
                SFrameSender frames = senderSide.newSender(sender, stream, SuitePolicy.DEFAULT);
                assertThat(frames.key().suite()).isEqualTo(SuitePolicy.DEFAULT.suiteFor(stream));
                byte[] frame = protect(frames, "hello from " + sender);
                ByteBuffer out = ByteBuffer.allocate(frame.length);
                long kid = receiver.unprotect(ByteBuffer.wrap(frame), out);
                assertThat(KeyId.parse(kid)).isEqualTo(KeyId.of(epoch, sender, stream));
                assertThat(new String(out.array(), 0, out.position())).isEqualTo("hello from " + sender);
            }
        }
    }

    @Test
    void keepsThePreviousEpochForTheGracePeriodThenDestroysIt() throws Exception {
        MeetingKey first = MeetingKey.generate();
        ring.install(new Epoch(1), first);
        SFrameSender oldSender = EpochKeys.derive(new Epoch(1), first).newSender(2, StreamKind.AUDIO,
                SuitePolicy.DEFAULT);
        byte[] beforeRekey = protect(oldSender, "in flight");
        ReceiveKey oldKey = ring.resolve(KeyId.of(new Epoch(1), 2, StreamKind.AUDIO).value());

        MeetingKey second = MeetingKey.generate();
        ring.install(new Epoch(2), second);
        assertThat(ring.currentEpoch()).contains(new Epoch(2));
        assertThat(ring.previousEpoch()).contains(new Epoch(1));
        now.set(now.get().plus(GRACE.minusMillis(1)));
        receiver.unprotect(ByteBuffer.wrap(beforeRekey), ByteBuffer.allocate(64));

        now.set(now.get().plusMillis(1));
        byte[] late = protect(oldSender, "too late");
        assertThatThrownBy(() -> receiver.unprotect(ByteBuffer.wrap(late), ByteBuffer.allocate(64)))
                .isInstanceOf(UnknownKeyException.class);
        assertThat(ring.previousEpoch()).isEmpty();
        assertThat(oldKey.key().isDestroyed()).isTrue();

        SFrameSender newSender = EpochKeys.derive(new Epoch(2), second).newSender(2, StreamKind.AUDIO,
                SuitePolicy.DEFAULT);
        receiver.unprotect(ByteBuffer.wrap(protect(newSender, "current")), ByteBuffer.allocate(64));
    }

    @Test
    void aThirdEpochRetiresTheFirstAtOnce() throws Exception {
        ring.install(new Epoch(1), MeetingKey.generate());
        ring.install(new Epoch(2), MeetingKey.generate());
        ReceiveKey epochOne = ring.resolve(KeyId.of(new Epoch(1), 0, StreamKind.VIDEO).value());
        ring.install(new Epoch(3), MeetingKey.generate());
        assertThat(epochOne.key().isDestroyed()).isTrue();
        assertThat(ring.previousEpoch()).contains(new Epoch(2));
        assertThatThrownBy(() -> ring.resolve(KeyId.of(new Epoch(1), 0, StreamKind.VIDEO).value()))
                .isInstanceOf(UnknownKeyException.class);
    }

    @Test
    void anEpochWithTheSameLowBitsReplacesItsPredecessorImmediately() throws Exception {
        ring.install(new Epoch(1), MeetingKey.generate());
        ring.install(new Epoch(1 + (1 << KeyId.EPOCH_BITS)), MeetingKey.generate());
        assertThat(ring.previousEpoch()).isEmpty();
    }

    @Test
    void refusesStaleEpochs() throws Exception {
        ring.install(new Epoch(5), MeetingKey.generate());
        for (long stale : new long[] {5, 4}) {
            assertThatThrownBy(() -> ring.install(new Epoch(stale), MeetingKey.generate()))
                    .isInstanceOfSatisfying(ReplayException.class,
                            e -> assertThat(e.reason()).isEqualTo(ReplayException.Reason.STALE_EPOCH));
        }
        assertThat(ring.currentEpoch()).contains(new Epoch(5));
    }

    @Test
    void unknownEpochsAndForeignKidsAreUnknownKeys() throws Exception {
        assertThatThrownBy(() -> ring.resolve(0)).isInstanceOf(UnknownKeyException.class);
        ring.install(new Epoch(1), MeetingKey.generate());
        assertThatThrownBy(() -> ring.resolve(KeyId.of(new Epoch(2), 0, StreamKind.DATA).value()))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> ring.resolve(-1L)).isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> ring.resolve(1L << 40 | 1)).isInstanceOf(UnknownKeyException.class);
    }

    @Test
    void eachKidHasItsOwnKeyAndReplayWindow() throws Exception {
        ring.install(new Epoch(1), MeetingKey.generate());
        ReceiveKey a = ring.resolve(KeyId.of(new Epoch(1), 1, StreamKind.AUDIO).value());
        ReceiveKey b = ring.resolve(KeyId.of(new Epoch(1), 1, StreamKind.VIDEO).value());
        assertThat(ring.resolve(KeyId.of(new Epoch(1), 1, StreamKind.AUDIO).value())).isSameAs(a);
        assertThat(a.replayWindow()).isNotSameAs(b.replayWindow());
        assertThat(a.key().kid()).isNotEqualTo(b.key().kid());
    }

    @Test
    void closeDestroysEverything() throws Exception {
        ring.install(new Epoch(1), MeetingKey.generate());
        ReceiveKey key = ring.resolve(KeyId.of(new Epoch(1), 0, StreamKind.AUDIO).value());
        ring.close();
        assertThat(key.key().isDestroyed()).isTrue();
        assertThat(ring.currentEpoch()).isEmpty();
    }

    private static byte[] protect(SFrameSender sender, String text) throws Exception {
        byte[] plaintext = text.getBytes();
        ByteBuffer out = ByteBuffer.allocate(sender.maxProtectedLength(plaintext.length));
        sender.protect(ByteBuffer.wrap(plaintext), out);
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
