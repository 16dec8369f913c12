package org.sealroom.media.device;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, without touching native code, whether an X display is there to capture: webrtc-java's desktop capturer
 * crashes the JVM when it opens a display that is not there. Windows and macOS always have one.
 */
public final class DisplayProbe {
    private static final Pattern DISPLAY = Pattern.compile("^([^:]*):(\\d+)(\\.\\d+)?$");

    private final String osName;
    private final Map<String, String> env;

    public DisplayProbe() {
        this(System.getProperty("os.name"), System.getenv());
    }

    public DisplayProbe(String osName, Map<String, String> env) {
        this.osName = osName;
        this.env = Map.copyOf(env);
    }

    /** Empty if a display answers, else why not. */
    public Optional<String> whyNoDisplay() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of(env.containsKey("WAYLAND_DISPLAY")
                    ? "Wayland session without an X display (DISPLAY is not set)"
                    : "no display (DISPLAY is not set)");
        }
        Matcher m = DISPLAY.matcher(display.trim());
        if (!m.matches()) {
            return Optional.of("DISPLAY '" + display + "' is not of the form host:N");
        }
        String host = m.group(1);
        int number = Integer.parseInt(m.group(2));
        boolean answers = host.isEmpty() || host.equals("unix") ? unixSocketAnswers(number) : tcpAnswers(host, number);
        return answers ? Optional.empty() : Optional.of("X display " + display + " does not answer");
    }

    private static boolean unixSocketAnswers(int number) {
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return channel.isConnected();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean tcpAnswers(String host, int number) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, 6000 + number), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
