package org.sealroom.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.EOFException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.protocol.transport.AdmissionToken;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RoomTicket;
import org.sealroom.protocol.wire.MediaDatagram;
import org.sealroom.protocol.wire.MediaPriority;
import org.sealroom.relay.capture.CaptureFormat;
import org.sealroom.relay.support.Await;
import org.sealroom.relay.support.Recorder;
import org.sealroom.relay.support.TestRelays;

/** What an auditor and an operator see: the capture file, parsed by its documented format, and the metrics. */
class CaptureAndMetricsTest {
    @TempDir
    Path dir;

    /** One parsed capture record. */
    record Record(long micros, int connection, int source, int kind, byte[] body) {
    }

    @Test
    void captureHoldsEveryReceivedPayloadAndNoCredentials() throws Exception {
        Path captureDir = dir.resolve("capture");
        AdmissionToken token = AdmissionToken.generate(new SecureRandom());
        byte[] data = "opaque data payload".getBytes(StandardCharsets.UTF_8);
        byte[] media = "opaque media payload".getBytes(StandardCharsets.UTF_8);
        Recorder guestEvents = new Recorder();
        try (RunningRelay relay = RelayServer.start(RelayConfig.loopbackEphemeral().captureDir(captureDir)
                .ioThreads(1).build())) {
            RelayClient owner = TestRelays.connect(relay, dir.resolve("known"), new Recorder());
            RelayClient guest = TestRelays.connect(relay, dir.resolve("known"), guestEvents);
            RoomTicket room = owner.createRoom(List.of(token.verifier())).get();
            guest.joinRoom(room.roomId(), token).get();
            TestRelays.awaitMediaPath(owner);
            owner.sendToAll(data);
            owner.sendMedia(3, 44, media, MediaPriority.AUDIO);
            Await.until("the guest got both", () -> guestEvents.messages.size() == 1 && guestEvents.media.size() == 1);
            owner.close();
            guest.close();
        }

        Path file;
        try (var files = Files.list(captureDir)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(".srcap")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(token.value()).contains("\"admissionToken\":\"<redacted>\"");
        List<Record> records = parse(bytes);
        assertThat(records).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo(CaptureFormat.SOURCE_TLS);
            assertThat(r.kind()).isEqualTo(CaptureFormat.KIND_DATA);
            assertThat(Arrays.copyOfRange(r.body(), 8, r.body().length)).isEqualTo(data);
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo(CaptureFormat.SOURCE_UDP);
            assertThat(r.kind()).isEqualTo(CaptureFormat.KIND_MEDIA);
            assertThat(Arrays.copyOfRange(r.body(), MediaDatagram.HEADER_BYTES, r.body().length)).isEqualTo(media);
        });
        assertThat(records).anySatisfy(r -> assertThat(r.kind()).isEqualTo(CaptureFormat.KIND_CONTROL));
    }

    /** Parses a capture exactly as docs/relay.md describes it. */
    private static List<Record> parse(byte[] bytes) throws Exception {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        byte[] magic = new byte[8];
        in.readFully(magic);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("SEALCAP1");
        assertThat(in.readLong()).isPositive();
        List<Record> records = new ArrayList<>();
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                return records;
            }
            long micros = in.readLong();
            int connection = in.readInt();
            int source = in.readUnsignedByte();
            int kind = in.readUnsignedByte();
            byte[] body = new byte[length - CaptureFormat.RECORD_HEADER_BYTES];
            in.readFully(body);
            records.add(new Record(micros, connection, source, kind, body));
        }
    }

    @Test
    void servesPrometheusMetricsAndHealth() throws Exception {
        try (RunningRelay relay = RelayServer.start(RelayConfig.loopbackEphemeral().metricsPort(0).ioThreads(1)
                .build())) {
            RelayClient client = TestRelays.connect(relay, dir.resolve("known"), new Recorder());
            client.createRoom(List.of()).get();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + relay.metricsPort();
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(metrics.body()).contains("# TYPE sealroom_relay_connections gauge\nsealroom_relay_connections 1\n",
                    "sealroom_relay_rooms 1\n", "sealroom_relay_participants 1\n",
                    "sealroom_relay_drops_total{reason=\"bad_mac\"} 0\n",
                    "sealroom_relay_packets_out_total{transport=\"udp\"} 0\n", "sealroom_relay_queue_bytes ");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok\n");
            client.close();
        }
    }
}
