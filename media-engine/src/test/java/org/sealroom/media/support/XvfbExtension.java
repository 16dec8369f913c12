package org.sealroom.media.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sealroom.media.device.DisplayProbe;

/**
 * Starts a private Xvfb on a free display number for a test class (whatever DISPLAY the build runs under) and stops it
 * afterwards; tests receive the {@link XvfbDisplay} as a parameter. Fails, not skips, when Xvfb is not installed.
 */
public final class XvfbExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    public static final int WIDTH = 1024;
    public static final int HEIGHT = 768;
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(XvfbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path xvfb = findOnPath("Xvfb").orElseThrow(() -> new IllegalStateException(
                "Xvfb is not installed, and the screen-capture tests need it: apt-get install xvfb"));
        for (int display = 90; display < 190; display++) {
            if (Files.exists(Path.of("/tmp/.X" + display + "-lock"))
                    || Files.exists(Path.of("/tmp/.X11-unix/X" + display))) {
                continue;
            }
            Process process = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0",
                    WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp", "-noreset")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (waitUntilAnswering(process, display)) {
                context.getStore(NS).put("process", process);
                context.getStore(NS).put("display", new XvfbDisplay(":" + display, WIDTH, HEIGHT));
                return;
            }
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("could not start Xvfb on any display from :90 to :189");
    }

    private static boolean waitUntilAnswering(Process process, int display) throws InterruptedException {
        DisplayProbe probe = new DisplayProbe("Linux", Map.of("DISPLAY", ":" + display));
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            if (probe.whyNoDisplay().isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Process process = context.getStore(NS).remove("process", Process.class);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == XvfbDisplay.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        XvfbDisplay display = context.getStore(NS).get("display", XvfbDisplay.class);
        if (display == null) {
            throw new ParameterResolutionException("Xvfb was not started");
        }
        return display;
    }

    private static Optional<Path> findOnPath(String program) throws IOException {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Arrays.stream((path + ":/usr/bin").split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }
}
