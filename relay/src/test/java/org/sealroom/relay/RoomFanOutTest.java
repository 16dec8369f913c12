package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.control.MediaPath;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.ReceivedMedia;
import org.sealroom.protocol.transport.ReceivedMessage;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** Ten real clients in one room over real TLS and UDP on loopback. */
class RoomFanOutTest {
    private static final int CLIENTS = 10;
    private static final int PER_SENDER = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private RunningRelay relay;
    private final List<RelayClient> clients = new ArrayList<>();
    private final List<Recorder> recorders = new ArrayList<>();

    @AfterEach
    void tearDown() {
        clients.forEach(RelayClient::close);
        if (relay != null) {
            relay.close();
        }
    }

    private RelayClient client(Recorder recorder) {
        RelayClient client = TestRelays.connect(relay, dir.resolve("known-relays"), recorder);
        clients.add(client);
        recorders.add(recorder);
        return client;
    }

    /** Payload: sender index, sequence, then random bytes, so every delivery can be checked. */
    private static byte[] payload(int sender, int sequence) {
        byte[] bytes = new byte[8 + 100 + RANDOM.nextInt(200)];
        RANDOM.nextBytes(bytes);
        ByteBuffer.wrap(bytes).putInt(sender).putInt(sequence);
        return bytes;
    }

    @Test
    void everyPayloadReachesEveryOtherMemberIntactExactlyOnce() throws Exception {
        relay = TestRelays.start();
        AdmissionToken token = AdmissionToken.generate(RANDOM);
        RelayClient owner = client(new Recorder());
        RoomTicket ticket = owner.createRoom(List.of(token.verifier())).get();
        for (int i = 1; i < CLIENTS; i++) {
            client(new Recorder()).joinRoom(ticket.roomId(), token).get();
        }
        int[] ids = clients.stream().mapToInt(c -> c.membership().orElseThrow().participantId()).toArray();
        assertThat(Arrays.stream(ids).distinct().count()).isEqualTo(CLIENTS);
        for (RelayClient client : clients) {
            assertThat(TestRelays.awaitMediaPath(client)).isEqualTo(MediaPath.UDP);
        }
        Await.until("everyone sees all ten members", () -> clients.stream()
                .allMatch(c -> c.membership().orElseThrow().members().size() == CLIENTS - 1));

        List<List<byte[]>> sentData = new ArrayList<>();
        List<List<byte[]>> sentMedia = new ArrayList<>();
        for (int s = 0; s < CLIENTS; s++) {
            List<byte[]> data = new ArrayList<>();
            List<byte[]> media = new ArrayList<>();
            for (int seq = 0; seq < PER_SENDER; seq++) {
                byte[] d = payload(s, seq);
                byte[] m = payload(s, seq);
                assertThat(clients.get(s).sendToAll(d)).isTrue();
                assertThat(clients.get(s).sendMedia(1, seq, m, MediaPriority.AUDIO)).isTrue();
                data.add(d);
                media.add(m);
            }
            sentData.add(data);
            sentMedia.add(media);
        }

        int expected = (CLIENTS - 1) * PER_SENDER;
        Await.until("every client has all data and media", () -> recorders.stream()
                .allMatch(r -> r.messages.size() >= expected && r.media.size() >= expected));
        for (int r = 0; r < CLIENTS; r++) {
            Recorder recorder = recorders.get(r);
            assertThat(recorder.messages).hasSize(expected);
            assertThat(recorder.media).hasSize(expected);
            Set<String> gotData = new HashSet<>();
            for (ReceivedMessage m : recorder.messages) {
                int sender = ByteBuffer.wrap(m.payload()).getInt();
                int seq = ByteBuffer.wrap(m.payload()).getInt(4);
                assertThat(sender).isNotEqualTo(r);
                assertThat(m.sender()).isEqualTo(ids[sender]);
                assertThat(m.addressed()).isFalse();
                assertThat(m.payload()).isEqualTo(sentData.get(sender).get(seq));
                gotData.add(sender + "/" + seq);
            }
            Set<String> gotMedia = new HashSet<>();
            for (ReceivedMedia m : recorder.media) {
                int sender = ByteBuffer.wrap(m.payload()).getInt();
                assertThat(m.sender()).isEqualTo(ids[sender]);
                assertThat(m.path()).isEqualTo(MediaPath.UDP);
                assertThat(m.payload()).isEqualTo(sentMedia.get(sender).get(m.sequence()));
                gotMedia.add(sender + "/" + m.sequence());
            }
            assertThat(gotData).hasSize(expected);
            assertThat(gotMedia).hasSize(expected);
        }
    }

    @Test
    void addressedMessagesReachOnlyTheirAddresseeAndOtherRoomsSeeNothing() throws Exception {
        relay = TestRelays.start();
        AdmissionToken token = AdmissionToken.generate(RANDOM);
        RelayClient alice = client(new Recorder());
        RoomTicket room = alice.createRoom(List.of(token.verifier())).get();
        RelayClient bob = client(new Recorder());
        RelayClient carol = client(new Recorder());
        int bobId = bob.joinRoom(room.roomId(), token).get().participantId();
        carol.joinRoom(room.roomId(), token).get();

        AdmissionToken otherToken = AdmissionToken.generate(RANDOM);
        RelayClient dave = client(new Recorder());
        RoomTicket otherRoom = dave.createRoom(List.of(otherToken.verifier())).get();
        RelayClient erin = client(new Recorder());
        erin.joinRoom(otherRoom.roomId(), otherToken).get();
        Await.until("alice sees both members", () -> alice.membership().orElseThrow().members().size() == 2);

        byte[] keyWrap = "wrapped key for bob".getBytes();
        byte[] marker = "marker".getBytes();
        assertThat(alice.sendTo(bobId, keyWrap)).isTrue();
        assertThat(alice.sendToAll(marker)).isTrue();
        // Same sender, same connection: once the marker is in, anything addressed earlier is in too.
        Recorder bobs = recorders.get(1);
        Recorder carols = recorders.get(2);
        Await.until("bob and carol have the marker", () -> bobs.messages.size() == 2 && carols.messages.size() == 1);
        assertThat(bobs.messages.get(0).addressed()).isTrue();
        assertThat(bobs.messages.get(0).payload()).isEqualTo(keyWrap);
        assertThat(carols.messages).singleElement().satisfies(m -> assertThat(m.payload()).isEqualTo(marker));

        assertThat(dave.sendToAll("other room".getBytes())).isTrue();
        Await.until("erin has her own room's message", () -> recorders.get(4).messages.size() == 1);
        assertThat(recorders.get(4).messages.get(0).payload()).isEqualTo("other room".getBytes());
        assertThat(recorders.get(3).messages).isEmpty();
        assertThat(recorders.get(0).messages).isEmpty();
    }
}
