package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.transport.TransportState;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TcpProxy;
import org.sealroom.relay.support.UdpForwarder;
import org.sealroom.relay.support.TestRelays;

/**
 * A client behind a TCP-only path (a proxy on another loopback address, where UDP reaches nothing) falls back to
 * media over TLS; when that path is cut, it reconnects and takes back its place in the room.
 */
class MediaPathAndResumeTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private RunningRelay relay;
    private TcpProxy proxy;
    private RelayClient direct;
    private RelayClient blocked;
    private final Recorder directEvents = new Recorder();
    private final Recorder blockedEvents = new Recorder();

    @AfterEach
    void tearDown() {
        for (AutoCloseable c : new AutoCloseable[] {blocked, direct, proxy, relay}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    private RoomTicket setUp() throws Exception {
        return setUp(b -> { });
    }

    private RoomTicket setUp(java.util.function.Consumer<org.sealroom.protocol.transport.RelayClientConfig.Builder>
            blockedTweak) throws Exception {
        relay = TestRelays.start();
        proxy = new TcpProxy("127.0.0.2", new InetSocketAddress("127.0.0.1", relay.tcpAddress().getPort()));
        AdmissionToken token = AdmissionToken.generate(RANDOM);
        direct = TestRelays.connect(relay, dir.resolve("known"), directEvents);
        RoomTicket room = direct.createRoom(List.of(token.verifier())).get();
        blocked = TestRelays.connect(TestRelays.clientConfig(new RelayEndpoint("127.0.0.2", proxy.port()),
                dir.resolve("known")), blockedEvents, blockedTweak);
        blocked.joinRoom(room.roomId(), token).get();
        return room;
    }

    @Test
    void fallsBackToTcpWhenUdpIsBlockedAndStillSendsAndReceives() throws Exception {
        setUp();
        assertThat(TestRelays.awaitMediaPath(direct)).isEqualTo(MediaPath.UDP);
        assertThat(TestRelays.awaitMediaPath(blocked)).isEqualTo(MediaPath.TCP);
        assertThat(blocked.state().detail()).isEqualTo("UDP to the relay is blocked or filtered: media goes over TLS");

        assertThat(blocked.sendMedia(1, 1, new byte[] {1, 2, 3}, MediaPriority.AUDIO)).isTrue();
        assertThat(direct.sendMedia(2, 9, new byte[] {4, 5}, MediaPriority.VIDEO)).isTrue();

        Await.until("both got the other's media", () -> directEvents.media.size() == 1
                && blockedEvents.media.size() == 1);
        assertThat(directEvents.media.get(0).payload()).containsExactly(1, 2, 3);
        assertThat(directEvents.media.get(0).path()).isEqualTo(MediaPath.UDP);
        assertThat(blockedEvents.media.get(0).payload()).containsExactly(4, 5);
        assertThat(blockedEvents.media.get(0).path()).isEqualTo(MediaPath.TCP);
        assertThat(blockedEvents.media.get(0).priority()).isEqualTo(MediaPriority.VIDEO);
        assertThat(blockedEvents.media.get(0).sequence()).isEqualTo(9);
    }

    @Test
    void goesBackToUdpWhenItGetsThroughAgain() throws Exception {
        setUp(b -> b.udpRetry(java.time.Duration.ofMillis(200)));
        assertThat(TestRelays.awaitMediaPath(blocked)).isEqualTo(MediaPath.TCP);
        try (UdpForwarder opened = new UdpForwarder(new InetSocketAddress("127.0.0.2", relay.udpPort()),
                new InetSocketAddress("127.0.0.1", relay.udpPort()))) {
            Await.until("UDP is used again", () -> blocked.state().mediaPath() == MediaPath.UDP);
            assertThat(blocked.state().detail()).isEqualTo("UDP to the relay gets through again: media over UDP");
            assertThat(blockedEvents.states).extracting(TransportState::mediaPath)
                    .containsSubsequence(MediaPath.TCP, MediaPath.UDP);

            Await.until("media flows both ways over UDP", () -> {
                blocked.sendMedia(1, 1, new byte[] {7}, MediaPriority.AUDIO);
                direct.sendMedia(2, 2, new byte[] {8}, MediaPriority.AUDIO);
                return directEvents.media.stream().anyMatch(m -> m.path() == MediaPath.UDP)
                        && blockedEvents.media.stream().anyMatch(m -> m.path() == MediaPath.UDP);
            });
        }
    }

    @Test
    void reconnectsAfterTheConnectionIsCutAndResumesUnderTheSameId() throws Exception {
        setUp();
        int id = blocked.membership().orElseThrow().participantId();
        Await.until("the owner sees the joiner", () -> direct.membership().orElseThrow().members().contains(id));

        proxy.dropConnections();

        Await.until("the client resumed", () -> !blockedEvents.events(MembershipEvent.RoomResumed.class).isEmpty());
        MembershipEvent.RoomResumed resumed = blockedEvents.events(MembershipEvent.RoomResumed.class).get(0);
        assertThat(resumed.sameId()).isTrue();
        assertThat(resumed.participantId()).isEqualTo(id);
        assertThat(blockedEvents.states).extracting(TransportState::phase).contains(TransportState.Phase.RECONNECTING);
        assertThat(directEvents.events(MembershipEvent.ParticipantLeft.class)).isEmpty();

        assertThat(blocked.sendToAll("back".getBytes())).isTrue();
        Await.until("the owner hears from it again", () -> directEvents.messages.size() == 1);
        assertThat(directEvents.messages.get(0).sender()).isEqualTo(id);
    }
}
