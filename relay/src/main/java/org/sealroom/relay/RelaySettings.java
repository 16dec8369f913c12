package org.sealroom.relay;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named settings, as written in a {@code --config} properties file or given as command-line flags, applied onto
 * a config builder. Durations take a unit ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}); sizes may end in
 * {@code KiB} or {@code MiB}. An unknown name is an error, so a typo is never silently ignored.
 */
final class RelaySettings {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KiB|MiB)?");

    /** The builders being filled in. */
    record Target(RelayConfig.Builder config, RelayLimits.Builder limits) {
    }

    private static final Map<String, BiConsumer<Target, String>> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("port", (t, v) -> t.config().port(port(v)));
        SETTINGS.put("bind", (t, v) -> t.config().bindAddress(address(v)));
        SETTINGS.put("udpPort", (t, v) -> t.config().udpPort(port(v)));
        SETTINGS.put("metricsPort", (t, v) -> t.config().metricsPort(Integer.parseInt(v)));
        SETTINGS.put("metricsBind", (t, v) -> t.config().metricsBind(address(v)));
        SETTINGS.put("dataDir", (t, v) -> t.config().dataDir(Path.of(v)));
        SETTINGS.put("capture", (t, v) -> t.config().captureDir(Path.of(v)));
        SETTINGS.put("tls.certificate", (t, v) -> t.config().certificateFile(Path.of(v)));
        SETTINGS.put("tls.privateKey", (t, v) -> t.config().privateKeyFile(Path.of(v)));
        SETTINGS.put("ioThreads", (t, v) -> t.config().ioThreads(Integer.parseInt(v)));
        SETTINGS.put("limits.maxFrameBytes", (t, v) -> t.limits().maxFrameBytes((int) size(v)));
        SETTINGS.put("limits.maxRooms", (t, v) -> t.limits().maxRooms(Integer.parseInt(v)));
        SETTINGS.put("limits.maxParticipantsPerRoom", (t, v) -> t.limits().maxParticipantsPerRoom(Integer.parseInt(v)));
        SETTINGS.put("limits.maxVerifiersPerRoom", (t, v) -> t.limits().maxVerifiersPerRoom(Integer.parseInt(v)));
        SETTINGS.put("limits.maxConnectionsPerIp", (t, v) -> t.limits().maxConnectionsPerIp(Integer.parseInt(v)));
        SETTINGS.put("limits.messagesPerSecond", (t, v) -> t.limits().messagesPerSecond(Integer.parseInt(v)));
        SETTINGS.put("limits.bytesPerSecond", (t, v) -> t.limits().bytesPerSecond(size(v)));
        SETTINGS.put("limits.handshakeTimeout", (t, v) -> t.limits().handshakeTimeout(duration(v)));
        SETTINGS.put("limits.idleTimeout", (t, v) -> t.limits().idleTimeout(duration(v)));
        SETTINGS.put("limits.keepAliveInterval", (t, v) -> t.limits().keepAliveInterval(duration(v)));
        SETTINGS.put("limits.resumeGrace", (t, v) -> t.limits().resumeGrace(duration(v)));
        SETTINGS.put("limits.roomIdleTimeout", (t, v) -> t.limits().roomIdleTimeout(duration(v)));
        SETTINGS.put("limits.videoQueueBytes", (t, v) -> t.limits().videoQueueBytes((int) size(v)));
        SETTINGS.put("limits.audioQueueBytes", (t, v) -> t.limits().audioQueueBytes((int) size(v)));
        SETTINGS.put("limits.reliableQueueBytes", (t, v) -> t.limits().reliableQueueBytes((int) size(v)));
    }

    private RelaySettings() {
    }

    static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new RelayException("cannot read the config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).strip()));
        return values;
    }

    /** Applies {@code values}; {@code source} names where they came from, for error messages. */
    static void apply(Map<String, String> values, Target target, String source) {
        values.forEach((name, value) -> {
            BiConsumer<Target, String> setting = SETTINGS.get(name);
            if (setting == null) {
                throw new RelayException("unknown setting '" + name + "' in " + source + "; known settings: "
                        + String.join(", ", SETTINGS.keySet()));
            }
            try {
                setting.accept(target, value);
            } catch (RuntimeException e) {
                throw new RelayException("bad value '" + value + "' for " + name + " in " + source + ": "
                        + e.getMessage(), e);
            }
        });
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535");
        }
        return port;
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown address", e);
        }
    }

    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a duration is a number and a unit: 500ms, 10s, 5m, 1h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    static long size(String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a size is a number of bytes, optionally with KiB or MiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "kib" -> n * 1024;
            case "mib" -> n * 1024 * 1024;
            default -> n;
        };
    }
}
