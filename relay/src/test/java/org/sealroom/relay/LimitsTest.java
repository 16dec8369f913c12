package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.ControlMessage;
import org.sealroom.protocol.control.ControlMessage.ErrorMessage;
import org.sealroom.protocol.control.ControlMessage.Hello;
import org.sealroom.protocol.control.ErrorCode;
import org.sealroom.protocol.control.ProtocolVersion;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.transport.TransportState;
import org.sealroom.protocol.wire.FrameType;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.RawRelayConnection;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/**
 * Misbehaving peers hit their limits and lose their own connection; a meeting in another room carries on, checked
 * by a message exchanged after each attack.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private RunningRelay relay;
    private RelayClient alice;
    private RelayClient bob;
    private final Recorder bobEvents = new Recorder();
    private final AtomicInteger exchanged = new AtomicInteger();

    @BeforeEach
    void startRelayWithAMeetingGoingOn() throws Exception {
        relay = TestRelays.start(RelayLimits.builder().maxFrameBytes(4096).messagesPerSecond(200)
                .handshakeTimeout(Duration.ofMillis(500)).maxConnectionsPerIp(20).build());
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        alice = TestRelays.connect(relay, dir.resolve("known"), new Recorder());
        RoomTicket room = alice.createRoom(List.of(token.verifier())).get();
        bob = TestRelays.connect(relay, dir.resolve("known"), bobEvents);
        bob.joinRoom(room.roomId(), token).get();
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        relay.close();
    }

    private void assertMeetingUndisturbed() {
        int expected = exchanged.incrementAndGet();
        assertThat(alice.sendToAll(("still here " + expected).getBytes())).isTrue();
        Await.until("bob receives alice's message", () -> bobEvents.messages.size() == expected);
        assertThat(alice.state().phase()).isEqualTo(TransportState.Phase.CONNECTED);
    }

    private static RawRelayConnection helloed(RunningRelay relay) throws Exception {
        RawRelayConnection raw = new RawRelayConnection(relay.tcpAddress());
        raw.send(new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.MAX_SUPPORTED, "raw"));
        assertThat(raw.receive()).isInstanceOf(ControlMessage.Welcome.class);
        return raw;
    }

    @Test
    void oversizedFrameClosesOnlyThatConnection() throws Exception {
        try (RawRelayConnection raw = helloed(relay)) {
            raw.writeFrameHeader(1_000_000, FrameType.DATA);
            raw.writeRaw(new byte[64]);
            assertThat(raw.receive()).isEqualTo(new ErrorMessage(0, ErrorCode.FRAME_TOO_LARGE,
                    "frame of 1000000 bytes exceeds the limit of 4096 bytes"));
            assertThat(raw.closedByRelay()).isTrue();
        }
        Await.until("the relay counts the closed connection",
                () -> relay.metrics().closes(ErrorCode.FRAME_TOO_LARGE) == 1);
        assertMeetingUndisturbed();
    }

    @Test
    void floodIsCutOffAtTheRateLimit() throws Exception {
        Recorder flooderEvents = new Recorder();
        RelayClient flooder = TestRelays.connect(relay, dir.resolve("known"), flooderEvents);
        try {
            flooder.createRoom(List.of()).get();
            for (int i = 0; i < 5_000 && relay.metrics().closes(ErrorCode.RATE_LIMITED) == 0; i++) {
                flooder.sendToAll(new byte[100]);
            }
            Await.until("the relay closes the flooder", () -> relay.metrics().closes(ErrorCode.RATE_LIMITED) == 1);
            Await.until("the flooder is told why", () -> flooderEvents.states.stream()
                    .anyMatch(s -> s.phase() == TransportState.Phase.RECONNECTING
                            && s.detail().contains("over the limit of 200 messages")));
        } finally {
            flooder.close();
        }
        assertMeetingUndisturbed();
    }

    @Test
    void slowlorisHandshakeIsClosedAtTheHandshakeTimeout() throws Exception {
        try (Socket socket = new Socket(relay.tcpAddress().getAddress(), relay.tcpAddress().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x01});
            out.flush();
            socket.setSoTimeout(30_000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        Await.until("the relay counts the closed connection",
                () -> relay.metrics().closes(ErrorCode.HANDSHAKE_TIMEOUT) == 1);
        assertMeetingUndisturbed();
    }

    @Test
    void versionMismatchGetsAReadableErrorAndTheConnectionCloses() throws Exception {
        try (RawRelayConnection raw = new RawRelayConnection(relay.tcpAddress())) {
            raw.send(new Hello(7, 9, "from the future"));
            assertThat(raw.receive()).isEqualTo(new ErrorMessage(0, ErrorCode.VERSION_MISMATCH,
                    ProtocolVersion.mismatchMessage(7, 9)));
            assertThat(raw.closedByRelay()).isTrue();
        }
        assertMeetingUndisturbed();
    }

    @Test
    void messagesBeforeTheHelloAreRefused() throws Exception {
        try (RawRelayConnection raw = new RawRelayConnection(relay.tcpAddress())) {
            raw.send(new ControlMessage.JoinRoom(1, "room", "token", null));
            assertThat(raw.receive()).isEqualTo(new ErrorMessage(0, ErrorCode.UNEXPECTED_MESSAGE,
                    "the first message must be a hello"));
            assertThat(raw.closedByRelay()).isTrue();
        }
        assertMeetingUndisturbed();
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreRefused() throws Exception {
        List<Socket> sockets = new java.util.ArrayList<>();
        try {
            while (relay.metrics().closes(ErrorCode.TOO_MANY_CONNECTIONS) == 0 && sockets.size() < 40) {
                sockets.add(new Socket(relay.tcpAddress().getAddress(), relay.tcpAddress().getPort()));
            }
            Await.until("a connection over the limit is refused",
                    () -> relay.metrics().closes(ErrorCode.TOO_MANY_CONNECTIONS) >= 1);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        assertMeetingUndisturbed();
    }
}
