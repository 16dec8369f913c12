package org.sealroom.relay.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.TransportState;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayLimits;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;

/** Real relays on loopback and real clients for them. */
public final class TestRelays {
    private TestRelays() {
    }

    public static RunningRelay start(RelayLimits limits) {
        return RelayServer.start(RelayConfig.loopbackEphemeral().limits(limits).ioThreads(2).build());
    }

    public static RunningRelay start() {
        return start(RelayLimits.defaults());
    }

    public static RelayEndpoint endpoint(RunningRelay relay) {
        return new RelayEndpoint("127.0.0.1", relay.tcpAddress().getPort());
    }

    /** A client config with quick reconnects, trusting on first use into {@code knownRelays}. */
    public static RelayClientConfig.Builder clientConfig(RelayEndpoint endpoint, Path knownRelays) {
        return RelayClientConfig.builder(endpoint, new KnownRelays(knownRelays))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .udpProbing(Duration.ofMillis(100), 10);
    }

    public static RelayClient connect(RunningRelay relay, Path knownRelays, Recorder recorder) {
        return connect(clientConfig(endpoint(relay), knownRelays), recorder, b -> { });
    }

    public static RelayClient connect(RelayClientConfig.Builder config, Recorder recorder,
                                      Consumer<RelayClientConfig.Builder> tweak) {
        tweak.accept(config);
        return RelayClient.connect(config.build(), recorder);
    }

    /** Waits until the client has settled on a media path (UDP confirmed, or fallen back to TCP). */
    public static MediaPath awaitMediaPath(RelayClient client) {
        Await.until("the media path is decided", () -> {
            TransportState state = client.state();
            return state.phase() == TransportState.Phase.CONNECTED && state.mediaPath() != MediaPath.PENDING;
        });
        return client.state().mediaPath();
    }
}
