package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.ControlJson;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RelayErrorException;
import org.sealroom.protocol.transport.RelayFingerprint;
import org.sealroom.protocol.transport.UntrustedRelayException;
import org.sealroom.protocol.wire.FrameType;
import org.sealroom.protocol.wire.WireFormat;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;
import org.sealroom.relay.tls.RelayCertificate;

/** Trust on first use, pinning, and version drift, over real TLS. */
class TrustAndVersionTest {
    @TempDir
    Path dir;

    private RunningRelay relayOn(int port, String dataDir) {
        return RelayServer.start(RelayConfig.loopbackEphemeral().port(port).dataDir(dir.resolve(dataDir))
                .ioThreads(1).build());
    }

    @Test
    void remembersTheFirstCertificateAndRefusesAChangedOne() {
        Path known = dir.resolve("known-relays");
        int port;
        RelayFingerprint first;
        try (RunningRelay relay = relayOn(0, "a")) {
            port = relay.tcpAddress().getPort();
            first = relay.fingerprint();
            TestRelays.connect(relay, known, new Recorder()).close();
        }
        assertThat(readLines(known)).anyMatch(line -> line.equals("127.0.0.1:" + port + " " + first.hex()));

        try (RunningRelay impostor = relayOn(port, "b")) {
            assertThatThrownBy(() -> TestRelays.connect(impostor, known, new Recorder()))
                    .isInstanceOf(UntrustedRelayException.class)
                    .hasMessageStartingWith("The relay at 127.0.0.1:" + port + " presented a different certificate ("
                            + impostor.fingerprint() + ") from the one trusted before (" + first + ").")
                    .hasMessageContaining("--relay-fingerprint");
        }
        try (RunningRelay original = relayOn(port, "a")) {
            TestRelays.connect(original, known, new Recorder()).close();
        }
    }

    @Test
    void aPinnedFingerprintDecidesAlone() {
        try (RunningRelay relay = relayOn(0, "a"); RunningRelay other = relayOn(0, "b")) {
            RelayEndpoint endpoint = TestRelays.endpoint(relay);
            assertThatThrownBy(() -> TestRelays.connect(TestRelays.clientConfig(endpoint, dir.resolve("k1")),
                    new Recorder(), b -> b.pinnedFingerprint(other.fingerprint())))
                    .isInstanceOf(UntrustedRelayException.class)
                    .hasMessageContaining("but " + other.fingerprint() + " was pinned");
            RelayClient pinned = TestRelays.connect(TestRelays.clientConfig(endpoint, dir.resolve("k2")),
                    new Recorder(), b -> b.pinnedFingerprint(RelayFingerprint.parse(relay.fingerprint().toString())));
            pinned.close();
            assertThat(Files.exists(dir.resolve("k2"))).isFalse();
        }
    }

    @Test
    void aClientShowsTheRelaysVersionMismatchMessage() throws Exception {
        String message = "Version mismatch: the relay speaks protocol version 2, the app speaks version 1. "
                + "Your Sealroom app is older than this relay supports: please update the app.";
        try (SSLServerSocket server = futureRelay()) {
            Thread.ofPlatform().daemon().start(() -> answerHelloWith(server, message));
            RelayEndpoint endpoint = new RelayEndpoint("127.0.0.1", server.getLocalPort());
            assertThatThrownBy(() -> TestRelays.connect(TestRelays.clientConfig(endpoint, dir.resolve("known")),
                    new Recorder(), b -> { }))
                    .isInstanceOf(RelayErrorException.class)
                    .hasMessage(message)
                    .satisfies(e -> assertThat(((RelayErrorException) e).code()).isEqualTo(ErrorCode.VERSION_MISMATCH));
        }
    }

    /** A TLS server standing in for a relay of a newer protocol version. */
    private static SSLServerSocket futureRelay() throws Exception {
        RelayCertificate certificate = RelayCertificate.generate();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("relay", certificate.privateKey(), new char[0],
                certificate.chain().toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(kmf.getKeyManagers(), null, null);
        return (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 1,
                InetAddress.getLoopbackAddress());
    }

    private static void answerHelloWith(SSLServerSocket server, String message) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            in.readFully(new byte[in.readInt()]);
            byte[] json = ControlJson.toBytes(new ErrorMessage(0, ErrorCode.VERSION_MISMATCH, message));
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(WireFormat.FRAME_PREAMBLE_BYTES + json.length);
            out.writeByte(WireFormat.VERSION);
            out.writeByte(FrameType.CONTROL.code());
            out.write(json);
            out.flush();
            in.read();
        } catch (Exception e) {
            // the client hung up
        }
    }

    private static java.util.List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
