package org.sealroom.client.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop app per user: the first instance listens on a Unix-domain socket in a directory only this user can
 * enter; a second start (a clicked {@code sealroom://} link, or the app started again) hands its link to the first
 * and exits, so the link opens in the window the user already has. The message is one line — {@code OPEN link} or
 * {@code FOCUS} — of at most {@value #MAX_BYTES} bytes; anything else is ignored.
 */
public final class RunningInstance implements AutoCloseable {

    static final int MAX_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstance.class);

    private final Path socket;
    private final ServerSocketChannel server;

    private RunningInstance(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    /** Where this user's instance listens: {@code $XDG_RUNTIME_DIR/sealroom/app.sock}, else in {@code fallback}. */
    public static Path socketFor(Path fallback) {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path dir = runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
                ? Path.of(runtime, "sealroom") : fallback;
        return dir.resolve("app.sock");
    }

    /**
     * Hands {@code link} (or, when empty, a request to come to the front) to a running instance; returns whether one
     * took it. False when no instance runs, also when a stale socket file is left over from a crash.
     */
    public static boolean handOff(Path socket, Optional<String> link) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            String line = link.map(l -> "OPEN " + l).orElse("FOCUS") + "\n";
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            return false; // nobody listens
        }
    }

    /**
     * Becomes the running instance: listens on {@code socket} and passes each request to {@code onRequest} (an
     * empty value means "come to the front"), on a daemon thread. Empty when the socket cannot be created; the app
     * then simply runs without hand-off.
     */
    public static Optional<RunningInstance> listen(Path socket, Consumer<Optional<String>> onRequest) {
        try {
            Files.createDirectories(socket.getParent());
            restrictToOwner(socket.getParent());
            Files.deleteIfExists(socket); // a stale socket from a crash; a live one was found by handOff first
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            RunningInstance instance = new RunningInstance(socket, server);
            Thread.ofPlatform().daemon().name("sealroom-instance").start(() -> instance.serve(onRequest));
            return Optional.of(instance);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("links cannot be handed to this instance: {}", e.toString());
            return Optional.empty();
        }
    }

    private void serve(Consumer<Optional<String>> onRequest) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                // One thread each: a client that connects and says nothing holds up no one else.
                Thread.ofVirtual().name("sealroom-instance-request").start(() -> handle(client, onRequest));
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.debug("accepting a hand-off failed: {}", e.toString());
                }
            }
        }
    }

    private static void handle(SocketChannel client, Consumer<Optional<String>> onRequest) {
        try (client) {
            read(client).ifPresent(onRequest);
        } catch (IOException e) {
            LOG.debug("a hand-off failed: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("handling a hand-off failed", e);
        }
    }

    /** The request in one message: empty when malformed, a present-but-empty value for FOCUS. */
    static Optional<Optional<String>> parse(String line) {
        String text = line.strip();
        if (text.equals("FOCUS")) {
            return Optional.of(Optional.empty());
        }
        if (text.startsWith("OPEN sealroom://") && text.indexOf(' ', 5) < 0) {
            return Optional.of(Optional.of(text.substring(5)));
        }
        return Optional.empty();
    }

    private static Optional<Optional<String>> read(SocketChannel client) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES + 1);
        while (buffer.hasRemaining() && client.read(buffer) >= 0) {
            if (buffer.position() > 0 && buffer.get(buffer.position() - 1) == '\n') {
                break;
            }
        }
        if (buffer.position() > MAX_BYTES) {
            return Optional.empty();
        }
        return parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static void restrictToOwner(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX (Windows): the per-user profile directory is private already
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("closing the instance socket: {}", e.toString());
        }
    }
}
