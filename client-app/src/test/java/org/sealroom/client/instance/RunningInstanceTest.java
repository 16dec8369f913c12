package org.sealroom.client.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-off between a second start and the running app, over a real Unix-domain socket. */
class RunningInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartHandsItsLinkToTheRunningInstance() throws Exception {
        Path socket = dir.resolve("run").resolve("app.sock");
        assertThat(RunningInstance.handOff(socket, Optional.of("sealroom://r/x#v1.a.b"))).as("nobody runs yet")
                .isFalse();
        BlockingQueue<Optional<String>> received = new LinkedBlockingQueue<>();
        try (RunningInstance running = RunningInstance.listen(socket, received::add).orElseThrow()) {
            assertThat(Files.getPosixFilePermissions(socket.getParent()).toString()).isEqualTo(
                    "[OWNER_READ, OWNER_WRITE, OWNER_EXECUTE]");
            assertThat(RunningInstance.handOff(socket, Optional.of("sealroom://relay.example:7443/abc#v1.f.s")))
                    .isTrue();
            assertThat(received.poll(30, TimeUnit.SECONDS)).contains("sealroom://relay.example:7443/abc#v1.f.s");
            assertThat(RunningInstance.handOff(socket, Optional.empty())).isTrue();
            assertThat(received.poll(30, TimeUnit.SECONDS)).isEmpty();

            // A silent client holds up nobody; garbage and foreign schemes are ignored.
            try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                send(socket, "OPEN https://evil.example/\n");
                send(socket, "X".repeat(RunningInstance.MAX_BYTES + 10));
                assertThat(RunningInstance.handOff(socket, Optional.of("sealroom://r/y#v1.a.b"))).isTrue();
                assertThat(received.poll(30, TimeUnit.SECONDS)).contains("sealroom://r/y#v1.a.b");
                assertThat(received).isEmpty();
            }
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void aStaleSocketLeftByACrashIsReplaced() throws Exception {
        Path socket = dir.resolve("app.sock");
        Files.createFile(socket);
        assertThat(RunningInstance.handOff(socket, Optional.empty())).isFalse();
        BlockingQueue<Optional<String>> received = new LinkedBlockingQueue<>();
        try (RunningInstance running = RunningInstance.listen(socket, received::add).orElseThrow()) {
            assertThat(RunningInstance.handOff(socket, Optional.empty())).isTrue();
            assertThat(received.poll(30, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void requestsAreOneStrictLine() {
        assertThat(RunningInstance.parse("FOCUS\n")).contains(Optional.empty());
        assertThat(RunningInstance.parse("OPEN sealroom://h/r#v1.a.b\n")).contains(Optional.of("sealroom://h/r#v1.a.b"));
        assertThat(RunningInstance.parse("OPEN sealroom://h/r#v1.a.b --evil")).isEmpty();
        assertThat(RunningInstance.parse("OPEN file:///etc/passwd")).isEmpty();
        assertThat(RunningInstance.parse("")).isEmpty();
    }

    private static void send(Path socket, String text) throws Exception {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
