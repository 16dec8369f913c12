package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.ReceivedMedia;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayClientConfig.MediaPolicy;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/**
 * One receiver stops reading (its callback blocks, so its client reads nothing more). The others still get every
 * packet while it is stuck; once it recovers it has all the audio, and some of its video was dropped.
 */
class SlowConsumerTest {
    private static final int VIDEO_PACKETS = 12_000;
    private static final int AUDIO_EVERY = 40;
    /** Packets the sender may be ahead of the fast receivers, far below their queue limits. */
    private static final int WINDOW = 200;

    @TempDir
    Path dir;

    private RunningRelay relay;
    private RelayClient sender;
    private RelayClient fast1;
    private RelayClient fast2;
    private RelayClient slow;
    private final CountDownLatch unblock = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        unblock.countDown();
        for (RelayClient c : new RelayClient[] {sender, fast1, fast2, slow}) {
            if (c != null) {
                c.close();
            }
        }
        if (relay != null) {
            relay.close();
        }
    }

    private RelayClient tcpClient(Recorder recorder) {
        return TestRelays.connect(TestRelays.clientConfig(TestRelays.endpoint(relay), dir.resolve("known")),
                recorder, b -> b.mediaPolicy(MediaPolicy.TCP_ONLY));
    }

    @Test
    void slowReceiverLosesVideoNeverAudioAndDoesNotDelayOthers() throws Exception {
        relay = TestRelays.start(RelayLimits.builder().messagesPerSecond(1_000_000).bytesPerSecond(1L << 30)
                .videoQueueBytes(1 << 20).audioQueueBytes(64 << 20).reliableQueueBytes(128 << 20).build());
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        sender = tcpClient(new Recorder());
        RoomTicket room = sender.createRoom(List.of(token.verifier())).get();
        Recorder fast1Events = new Recorder();
        Recorder fast2Events = new Recorder();
        Recorder slowEvents = new Recorder() {
            @Override
            public void onMedia(ReceivedMedia media) {
                super.onMedia(media);
                try {
                    unblock.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        fast1 = tcpClient(fast1Events);
        fast2 = tcpClient(fast2Events);
        slow = tcpClient(slowEvents);
        for (RelayClient c : List.of(fast1, fast2, slow)) {
            c.joinRoom(room.roomId(), token).get();
        }
        Await.until("the sender sees three members", () -> sender.membership().orElseThrow().members().size() == 3);

        byte[] video = new byte[1200];
        int audioSent = 0;
        for (int seq = 0; seq < VIDEO_PACKETS; seq++) {
            int inFlight = seq - WINDOW;
            Await.until("fast receivers keep up", () -> fast1Events.media.size() > inFlight
                    && fast2Events.media.size() > inFlight);
            ByteBuffer.wrap(video).putInt(seq);
            while (!sender.sendMedia(2, seq, video, MediaPriority.VIDEO)) {
                Thread.onSpinWait();
            }
            if (seq % AUDIO_EVERY == 0) {
                assertThat(sender.sendMedia(1, audioSent++, new byte[160], MediaPriority.AUDIO)).isTrue();
            }
        }
        int total = VIDEO_PACKETS + audioSent;
        Await.until("fast receivers have everything", () -> fast1Events.media.size() == total
                && fast2Events.media.size() == total);
        assertThat(slowEvents.media).hasSize(1);
        Await.until("the relay drops video for the slow receiver",
                () -> relay.metrics().drops(DropReason.QUEUE_FULL_VIDEO) > 0);

        unblock.countDown();
        int audio = audioSent;
        Await.until("the slow receiver has all the audio", () -> countAudio(slowEvents) == audio);
        assertThat(relay.metrics().drops(DropReason.QUEUE_FULL_AUDIO)).isZero();
        assertThat(slowEvents.media.stream().filter(m -> m.priority() == MediaPriority.VIDEO).count())
                .isLessThan(VIDEO_PACKETS);
    }

    private static long countAudio(Recorder recorder) {
        return recorder.media.stream().filter(m -> m.priority() == MediaPriority.AUDIO).count();
    }
}
