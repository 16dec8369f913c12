package org.sealroom.relay.bench;

import io.netty.channel.EventLoopGroup;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.IoTransport;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.protocol.transport.RelayClientListener;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.relay.support.TestRelays;

/**
 * Memory per connected, idle participant: a relay runs in its own JVM ({@code RelayMain}, as in production), so
 * that only relay-side memory is counted; its live heap (after a full GC through {@code jcmd}) plus the direct
 * memory Netty holds is read from its own {@code /metrics} before and after the participants connect.
 */
final class IdleMemoryProbe {
    private static final int ROOM_SIZE = 10;

    private IdleMemoryProbe() {
    }

    static long bytesPerIdleParticipant(int participants) throws Exception {
        List<RelayClient> clients = new ArrayList<>();
        EventLoopGroup group = IoTransport.best().newGroup(2, "bench-idle-clients");
        try (RelayProcess relay = new RelayProcess(
                "limits.maxConnectionsPerIp=100000\nlimits.keepAliveInterval=5m\nlimits.idleTimeout=10m\n")) {
            long before = relay.liveBytes();
            RelayClientConfig clientConfig = RelayClientConfig.builder(
                    new RelayEndpoint("127.0.0.1", relay.controlAddress().getPort()),
                    new KnownRelays(Files.createTempDirectory("relay-bench-client").resolve("known-relays")))
                    .eventLoopGroup(group).build();
            SecureRandom random = new SecureRandom();
            for (int room = 0; room < participants / ROOM_SIZE; room++) {
                AdmissionToken token = AdmissionToken.generate(random);
                RelayClient owner = RelayClient.connect(clientConfig, new RelayClientListener() { });
                clients.add(owner);
                RoomTicket ticket = owner.createRoom(List.of(token.verifier())).get();
                for (int i = 1; i < ROOM_SIZE; i++) {
                    RelayClient guest = RelayClient.connect(clientConfig, new RelayClientListener() { });
                    clients.add(guest);
                    guest.joinRoom(ticket.roomId(), token).get();
                }
            }
            for (RelayClient client : clients) {
                TestRelays.awaitMediaPath(client);
            }
            long after = relay.liveBytes();
            return (after - before) / clients.size();
        } finally {
            clients.forEach(RelayClient::close);
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
