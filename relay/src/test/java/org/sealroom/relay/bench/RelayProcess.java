package org.sealroom.relay.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real relay ({@code RelayMain}, as {@code ./sealroom relay} runs it) in its own JVM, on loopback. */
final class RelayProcess implements AutoCloseable {
    private static final Pattern CONTROL_PORT = Pattern.compile("TLS control:\\s+[^:]+:(\\d+)");
    private static final Pattern UDP_PORT = Pattern.compile("UDP media:\\s+[^:]+:(\\d+)");
    private static final Pattern METRICS_PORT = Pattern.compile("metrics:\\s+http://[^:]+:(\\d+)/");

    private final ChildJvm jvm;
    private final int controlPort;
    private final int udpPort;
    private final int metricsPort;

    /** Starts a relay with ephemeral ports, a fresh data directory and {@code settings} (config file lines). */
    RelayProcess(String settings) throws IOException {
        Path dir = Files.createTempDirectory("relay-bench");
        Path config = dir.resolve("relay.properties");
        Files.writeString(config, "port=0\nmetricsPort=0\ndataDir=" + dir.resolve("data") + "\n" + settings);
        jvm = ChildJvm.start("org.sealroom.relay.RelayMain", "--config", config.toString());
        try {
            String output = String.join("\n", jvm.readUntil(line -> line.startsWith("  Clients can pin it")));
            controlPort = port(CONTROL_PORT, output);
            udpPort = port(UDP_PORT, output);
            metricsPort = port(METRICS_PORT, output);
        } catch (IOException e) {
            jvm.destroy();
            throw e;
        }
    }

    private static int port(Pattern pattern, String output) throws IOException {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IOException("the relay did not say " + pattern + ": " + output);
        }
        return Integer.parseInt(m.group(1));
    }

    InetSocketAddress controlAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), controlPort);
    }

    InetSocketAddress udpAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), udpPort);
    }

    ChildJvm jvm() {
        return jvm;
    }

    /** Its Prometheus text metrics. */
    String metrics() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Live heap after a full GC, plus Netty's direct memory, as the relay reports them. */
    long liveBytes() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        String metrics = metrics();
        return sample(metrics, "sealroom_relay_jvm_heap_used_bytes")
                + sample(metrics, "sealroom_relay_netty_direct_memory_used_bytes");
    }

    /** The value of the metric line starting with {@code series} (a name, perhaps with labels), or 0. */
    static long sample(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)").matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
