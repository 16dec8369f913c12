package org.sealroom.relay;

import io.netty.util.ResourceLeakDetector;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./sealroom relay [--port 7443] [--bind 127.0.0.1] [--capture DIR] [--config FILE] ...} and
 * {@code java -jar relay.jar ...}: runs a relay until interrupted. Settings come from the defaults, then the config
 * file, then the flags.
 */
public final class RelayMain {
    private static final Map<String, String> FLAGS = Map.of(
            "--port", "port",
            "--bind", "bind",
            "--udp-port", "udpPort",
            "--metrics-port", "metricsPort",
            "--metrics-bind", "metricsBind",
            "--data-dir", "dataDir",
            "--capture", "capture");

    private RelayMain() {
    }

    public static void main(String[] args) {
        withoutLeakSampling();
        try {
            run(args, System.out);
        } catch (RelayException e) {
            System.err.println("sealroom relay: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Netty's default leak detection records a stack trace for one buffer in 128; the relay allocates a header for
     * every packet it sends, so that sampling costs it a measurable share of its CPU. Operators who hunt a leak turn
     * it back on with {@code -Dio.netty.leakDetection.level=simple} (or higher); the test suite runs with it on.
     */
    private static void withoutLeakSampling() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    static void run(String[] args, PrintStream out) {
        Map<String, String> flags = new LinkedHashMap<>();
        Path configFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(usage());
                return;
            }
            if (i + 1 >= args.length || !(FLAGS.containsKey(arg) || arg.equals("--config"))) {
                throw new RelayException("unknown or incomplete option '" + arg + "'\n" + usage());
            }
            String value = args[++i];
            if (arg.equals("--config")) {
                configFile = Path.of(value);
            } else {
                flags.put(FLAGS.get(arg), value);
            }
        }
        RelaySettings.Target target = new RelaySettings.Target(
                RelayConfig.builder().dataDir(Path.of(System.getProperty("user.home"), ".sealroom", "relay")),
                RelayLimits.builder());
        if (configFile != null) {
            RelaySettings.apply(RelaySettings.readFile(configFile), target, configFile.toString());
        }
        RelaySettings.apply(flags, target, "the command line");
        RelayConfig config = target.config().limits(target.limits().build()).build();
        RunningRelay relay = RelayServer.start(config);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(relay::close));
        printStarted(relay, config, out);
        relay.awaitClosed();
    }

    private static void printStarted(RunningRelay relay, RelayConfig config, PrintStream out) {
        String host = config.bindAddress().getHostAddress();
        out.println("Sealroom relay running");
        out.println("  TLS control:  " + host + ":" + relay.tcpAddress().getPort());
        out.println("  UDP media:    " + host + ":" + relay.udpPort());
        if (relay.metricsPort() >= 0) {
            out.println("  metrics:      http://" + config.metricsBind().getHostAddress() + ":" + relay.metricsPort()
                    + "/metrics  (health: /healthz)");
        }
        out.println("  certificate:  " + relay.fingerprint()
                + (relay.certificateGenerated() ? "  (generated now, kept in " + config.dataDir() + ")" : ""));
        out.println("  Clients can pin it: --relay-fingerprint " + relay.fingerprint());
        if (config.captureDir() != null) {
            out.println("  capture:      every received payload is written to " + config.captureDir());
        }
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    private static String usage() {
        return """
                Usage: sealroom relay [options]
                  --port N           TLS control port (default 7443; 0 = any free port)
                  --bind ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 for all)
                  --udp-port N       UDP media port (default: the same number as --port)
                  --metrics-port N   Prometheus /metrics and /healthz port (default 9464; -1 = off)
                  --metrics-bind A   address of the metrics listener (default 127.0.0.1)
                  --data-dir DIR     where the generated certificate is kept (default ~/.sealroom/relay)
                  --capture DIR      write every received payload to DIR, for audit (see docs/relay.md)
                  --config FILE      properties file with any setting, including every limit (docs/relay.md)
                """;
    }
}
