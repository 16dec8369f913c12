package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.relay.forward.ForwardingInterceptor;
import org.sealroom.relay.metrics.DropReason;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** The test hook for hostile-relay suites: tamper, spoof, replay and drop on the forwarding path. */
class InterceptorTest {
    @TempDir
    Path dir;

    @Test
    void interceptorCanTamperSpoofReplayAndDrop() throws Exception {
        ForwardingInterceptor hostile = payload -> {
            String text = payload.payload().toString(java.nio.charset.StandardCharsets.UTF_8);
            return switch (text) {
                case "tamper" -> List.of(payload.withPayload(Unpooled.copiedBuffer("tampered".getBytes())));
                case "spoof" -> List.of(payload.withSender(99));
                case "replay" -> List.of(payload, payload);
                default -> List.of();
            };
        };
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        Recorder guestEvents = new Recorder();
        try (RunningRelay relay = RelayServer.start(RelayConfig.loopbackEphemeral().ioThreads(1).build(), hostile)) {
            RelayClient owner = TestRelays.connect(relay, dir.resolve("known"), new Recorder());
            RelayClient guest = TestRelays.connect(relay, dir.resolve("known"), guestEvents);
            RoomTicket room = owner.createRoom(List.of(token.verifier())).get();
            guest.joinRoom(room.roomId(), token).get();
            for (String text : List.of("tamper", "spoof", "replay", "drop", "tamper")) {
                owner.sendToAll(text.getBytes());
            }
            Await.until("five deliveries", () -> guestEvents.messages.size() == 5);
            assertThat(guestEvents.messages).extracting(m -> new String(m.payload()))
                    .containsExactly("tampered", "spoof", "replay", "replay", "tampered");
            assertThat(guestEvents.messages.get(1).sender()).isEqualTo(99);
            assertThat(relay.metrics().drops(DropReason.INTERCEPTED)).isEqualTo(1);
            owner.close();
            guest.close();
        }
    }

}
