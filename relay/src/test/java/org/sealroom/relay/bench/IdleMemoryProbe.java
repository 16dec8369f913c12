package org.sealroom.relay.bench;

import io.netty.channel.EventLoopGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern CONTROL_PORT = Pattern.compile("TLS control:\\s+[^:]+:(\\d+)");
    private static final Pattern METRICS_PORT = Pattern.compile("metrics:\\s+http://[^:]+:(\\d+)/");
    private static final int ROOM_SIZE = 10;

    private IdleMemoryProbe() {
    }

    static long bytesPerIdleParticipant(int participants) throws Exception {
        Path dir = Files.createTempDirectory("relay-bench");
        Path config = dir.resolve("relay.properties");
        Files.writeString(config, "port=0\nmetricsPort=0\ndataDir=" + dir.resolve("data") + "\n"
                + "limits.maxConnectionsPerIp=100000\nlimits.keepAliveInterval=5m\nlimits.idleTimeout=10m\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process relay = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.sealroom.relay.RelayMain", "--config", config.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<RelayClient> clients = new ArrayList<>();
        EventLoopGroup group = IoTransport.best().newGroup(2, "bench-idle-clients");
        try {
            int[] ports = readPorts(relay);
            long before = liveBytes(relay.pid(), ports[1]);
            RelayClientConfig clientConfig = RelayClientConfig.builder(new RelayEndpoint("127.0.0.1", ports[0]),
                    new KnownRelays(dir.resolve("known-relays"))).eventLoopGroup(group).build();
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
            long after = liveBytes(relay.pid(), ports[1]);
            return (after - before) / clients.size();
        } finally {
            clients.forEach(RelayClient::close);
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            relay.destroy();
            relay.waitFor();
        }
    }

    private static int[] readPorts(Process relay) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        int control = -1;
        int metrics = -1;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher c = CONTROL_PORT.matcher(line);
            Matcher m = METRICS_PORT.matcher(line);
            if (c.find()) {
                control = Integer.parseInt(c.group(1));
            } else if (m.find()) {
                metrics = Integer.parseInt(m.group(1));
            } else if (line.startsWith("Stop with")) {
                break;
            }
        }
        if (control < 0 || metrics < 0) {
            throw new IOException("the relay did not start");
        }
        Thread.ofPlatform().daemon().start(() -> out.lines().forEach(line -> { }));
        return new int[] {control, metrics};
    }

    /** Live heap after a full GC, plus Netty's direct memory, as the relay reports them. */
    private static long liveBytes(long pid, int metricsPort) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return gauge(metrics, "sealroom_relay_jvm_heap_used_bytes") + gauge(metrics,
                "sealroom_relay_netty_direct_memory_used_bytes");
    }

    private static long gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

}
