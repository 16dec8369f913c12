package org.sealroom.relay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A forwarder under test in a JVM of its own, as a relay runs in production: its garbage collector, JIT and
 * threads are its own, so what is measured is its work, not the load generator's. Both the relay and the baseline
 * run this way, with the same JVM options.
 */
final class ChildJvm implements AutoCloseable {
    static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m");

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code mainClass} on this JVM's class path; it runs until it is closed. */
    static ChildJvm start(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // For profiling a run, e.g. -Dsealroom.bench.childJvmOptions=-XX:StartFlightRecording=filename=/tmp/f.jfr
        String extra = System.getProperty("sealroom.bench.childJvmOptions", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Reads its output up to and including the first line {@code last} accepts; then keeps draining it. */
    List<String> readUntil(Predicate<String> last) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (last.test(line)) {
                Thread.ofPlatform().daemon().start(() -> out.lines().forEach(ignored -> { }));
                return lines;
            }
        }
        throw new IOException(process.info().command().orElse("the child JVM") + " exited early: " + lines);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time, user and system, that all of its threads have used so far: forwarding, GC, JIT and the rest. */
    long cpuNanos() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    /** Stops it without waiting: for a start that failed half way. */
    void destroy() {
        process.destroy();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
