package org.sealroom.client.meeting;

import java.nio.file.Path;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RelayFingerprint;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;

/**
 * A relay inside this process on localhost, so hosting works with nothing configured. It is the same relay as the
 * standalone server, so it sees only ciphertext; joiners get its certificate fingerprint in the link.
 */
final class EmbeddedRelay implements AutoCloseable {

    private final RunningRelay relay;

    private EmbeddedRelay(RunningRelay relay) {
        this.relay = relay;
    }

    static EmbeddedRelay start(Path dataDirectory) {
        return new EmbeddedRelay(RelayServer.start(RelayConfig.loopbackEphemeral().dataDir(dataDirectory).build()));
    }

    RelayEndpoint endpoint() {
        return new RelayEndpoint(relay.tcpAddress().getHostString(), relay.tcpAddress().getPort());
    }

    RelayFingerprint fingerprint() {
        return relay.fingerprint();
    }

    @Override
    public void close() {
        relay.close();
    }
}
