package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.MembershipEvent.RoomResumed;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.transport.TransportState;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** The relay restarts (same address, same stored certificate, all state lost): clients come back to their room. */
class RelayRestartTest {
    @TempDir
    Path dir;

    private RunningRelay relay;
    private RelayClient owner;
    private RelayClient guest1;
    private RelayClient guest2;

    @AfterEach
    void tearDown() {
        for (RelayClient c : new RelayClient[] {owner, guest1, guest2}) {
            if (c != null) {
                c.close();
            }
        }
        if (relay != null) {
            relay.close();
        }
    }

    private RunningRelay startRelay(int port, int udpPort) {
        return RelayServer.start(RelayConfig.loopbackEphemeral().port(port).udpPort(udpPort)
                .dataDir(dir.resolve("relay-data")).ioThreads(2).build());
    }

    @Test
    void clientsReconnectAndResumeTheirRoomUnderTheirIds() throws Exception {
        relay = startRelay(0, 0);
        int port = relay.tcpAddress().getPort();
        int udpPort = relay.udpPort();
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        Recorder ownerEvents = new Recorder();
        Recorder guest1Events = new Recorder();
        Recorder guest2Events = new Recorder();
        owner = TestRelays.connect(relay, dir.resolve("known"), ownerEvents);
        RoomTicket room = owner.createRoom(List.of(token.verifier())).get();
        guest1 = TestRelays.connect(relay, dir.resolve("known"), guest1Events);
        guest2 = TestRelays.connect(relay, dir.resolve("known"), guest2Events);
        int id1 = guest1.joinRoom(room.roomId(), token).get().participantId();
        int id2 = guest2.joinRoom(room.roomId(), token).get().participantId();

        relay.close();
        Await.until("clients notice and reconnect", () -> owner.state().phase() == TransportState.Phase.RECONNECTING);
        relay = startRelay(port, udpPort);

        for (Recorder r : List.of(ownerEvents, guest1Events, guest2Events)) {
            Await.until("resumed", () -> !r.events(RoomResumed.class).isEmpty());
        }
        assertThat(ownerEvents.events(RoomResumed.class).get(0).participantId()).isEqualTo(room.participantId());
        assertThat(guest1Events.events(RoomResumed.class).get(0)).satisfies(r -> {
            assertThat(r.sameId()).isTrue();
            assertThat(r.participantId()).isEqualTo(id1);
        });
        assertThat(guest2Events.events(RoomResumed.class).get(0).participantId()).isEqualTo(id2);
        assertThat(owner.membership().orElseThrow().owner()).isTrue();

        Await.until("the owner sees both guests again",
                () -> owner.membership().orElseThrow().members().containsAll(List.of(id1, id2)));
        assertThat(owner.sendToAll("after restart".getBytes())).isTrue();
        Await.until("both guests hear the owner", () -> guest1Events.messages.size() == 1
                && guest2Events.messages.size() == 1);
        assertThat(guest1Events.messages.get(0).sender()).isEqualTo(room.participantId());
    }
}
