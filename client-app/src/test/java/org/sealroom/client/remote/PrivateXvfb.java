package org.sealroom.client.remote;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sealroom.media.device.DisplayProbe;

/**
 * A private Xvfb on a free display number (as media-engine's XvfbExtension starts one), for child JVMs that need a
 * real X display while this JVM stays headless. Fails, not skips, when Xvfb is missing.
 */
final class PrivateXvfb implements AutoCloseable {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;

    private final Process process;
    private final String display;

    private PrivateXvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    static PrivateXvfb start() throws IOException, InterruptedException {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/bin";
        Path xvfb = Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "Xvfb"))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                        "Xvfb is not installed, and the remote-control test needs it: apt-get install xvfb"));
        for (int number = 190; number < 290; number++) {
            if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))
                    || Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                continue;
            }
            Process process = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0",
                    WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp", "-noreset")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            DisplayProbe probe = new DisplayProbe("Linux", Map.of("DISPLAY", ":" + number));
            for (int i = 0; i < 100 && process.isAlive(); i++) {
                if (probe.whyNoDisplay().isEmpty()) {
                    return new PrivateXvfb(process, ":" + number);
                }
                Thread.sleep(100); // polling Xvfb's socket until it answers
            }
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("could not start Xvfb on any display from :190 to :289");
    }

    String display() {
        return display;
    }

    /** A JVM of this test's classpath running {@code mainClass} with AWT on this display. */
    ProcessBuilder java(Class<?> mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[5 + args.length];
        command[0] = java;
        command[1] = "-Djava.awt.headless=false";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = mainClass.getName();
        System.arraycopy(args, 0, command, 5, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("XAUTHORITY");
        return builder;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
