package org.sealroom.client.collab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.testing.RelayMeetings.await;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.FileTransferView;
import org.sealroom.client.session.FileTransferView.Direction;
import org.sealroom.client.session.FileTransferView.State;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionListener;
import org.sealroom.client.testing.RelayMeetings;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.relay.forward.ForwardedPayload;
import org.sealroom.relay.support.TcpProxy;

/** File transfer between live sessions over a real relay on loopback, with real files and a real cut connection. */
class FileTransferOverRelayTest {

    @TempDir
    Path dir;

    @Test
    void twentyMegabytesArriveWholeAfterOneForcedDisconnectAndResumeWhereTheyStopped() throws Exception {
        Path file = dir.resolve("big video.mp4");
        byte[] content = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(content);
        Files.write(file, content);
        AtomicLong forwardedToBob = new AtomicLong();
        try (RelayMeetings meetings = new RelayMeetings(dir);
             TcpProxy proxy = new TcpProxy("127.0.0.2", new InetSocketAddress("127.0.0.1", meetings.relayPort()));
             LiveMeetingSession alice = meetings.host("Alice");
             LiveMeetingSession bob = meetings.joinVia("127.0.0.2:" + proxy.port(), "Bob", alice)) {
            int bobId = bob.peer().ownId();
            meetings.forwarding(p -> {
                if (p.kind() == ForwardedPayload.Kind.DATA && p.recipientId() == bobId) {
                    forwardedToBob.addAndGet(p.payload().readableBytes());
                }
                return List.of(p);
            });
            Set<State> bobStates = ConcurrentHashMap.newKeySet();
            bob.addListener(new SessionListener() {
                @Override
                public void fileTransfersChanged() {
                    bob.files().all().forEach(t -> bobStates.add(t.state()));
                }
            });

            alice.files().send(file, Optional.of(new ParticipantId(bobId)));
            await(() -> incoming(bob).isPresent());
            FileTransferView offer = incoming(bob).orElseThrow();
            assertThat(offer.name()).isEqualTo("big video.mp4");
            assertThat(offer.size()).isEqualTo(content.length);
            assertThat(offer.state()).isEqualTo(State.OFFERED);
            bob.files().accept(offer.id());

            await(() -> incoming(bob).orElseThrow().transferred() > 4 * 1024 * 1024);
            proxy.dropConnections();
            await(() -> incoming(bob).orElseThrow().state() == State.COMPLETE
                    && outgoing(alice).orElseThrow().state() == State.COMPLETE);

            Path saved = incoming(bob).orElseThrow().savedAs().orElseThrow();
            assertThat(saved).isEqualTo(meetings.downloads("Bob").resolve("big video.mp4"));
            assertThat(sha256(Files.readAllBytes(saved))).isEqualTo(sha256(content));
            assertThat(bobStates).contains(State.RESUMING);
            try (Stream<Path> left = Files.list(meetings.downloads("Bob"))) {
                assertThat(left).containsExactly(saved); // no part file left behind
            }
            // Resumed, not restarted: well under two copies of the file crossed the relay.
            assertThat(forwardedToBob.get()).isLessThan(content.length * 3L / 2);
        }
    }

    @Test
    void aHostileSenderCannotEscapeTheDownloadsFolderOverwriteOrPassABadFile() throws Exception {
        try (RelayMeetings meetings = new RelayMeetings(dir);
             LiveMeetingSession mallory = meetings.host("Mallory");
             LiveMeetingSession bob = meetings.join("Bob", mallory)) {
            Path downloads = meetings.downloads("Bob");
            Files.createDirectories(downloads);
            Files.writeString(downloads.resolve("passwd"), "Bob's own file");
            RawSender raw = new RawSender(mallory, bob.peer().ownId());

            byte[] body = "root::0:0".getBytes();
            UUID traversal = raw.offer("../../../etc/passwd", body, body);
            await(() -> transfer(bob, traversal).isPresent());
            bob.files().accept(new org.sealroom.client.session.FileTransferId(traversal.toString()));
            raw.awaitAccepted(bob, traversal);
            raw.chunk(traversal, 0, body);
            await(() -> transfer(bob, traversal).orElseThrow().state() == State.COMPLETE);
            assertThat(transfer(bob, traversal).orElseThrow().savedAs()).contains(downloads.resolve("passwd (2)"));
            assertThat(Files.readString(downloads.resolve("passwd"))).isEqualTo("Bob's own file");

            UUID badHash = raw.offer("invoice.pdf", body, "something else".getBytes());
            bob.files().accept(awaitOffer(bob, badHash));
            raw.awaitAccepted(bob, badHash);
            raw.chunk(badHash, 0, body);
            await(() -> transfer(bob, badHash).orElseThrow().state() == State.FAILED);
            assertThat(bob.rejectedInput()).containsEntry("file-hash-mismatch", 1L);

            UUID beyond = raw.offer("short.txt", body, body);
            bob.files().accept(awaitOffer(bob, beyond));
            raw.awaitAccepted(bob, beyond);
            raw.chunk(beyond, 4, body);
            await(() -> transfer(bob, beyond).orElseThrow().state() == State.FAILED);
            assertThat(bob.rejectedInput()).containsEntry("file-chunk-beyond-size", 1L);

            UUID huge = raw.offer("huge.iso", new byte[0], new byte[0], RelayMeetings.MAX_FILE_BYTES + 1);
            await(() -> transfer(bob, huge).map(t -> t.state() == State.DECLINED).orElse(false));
            assertThat(bob.rejectedInput()).containsEntry("file-too-large", 1L);

            raw.send(new byte[] {FileMessage.CHUNK, 1, 2}); // truncated
            byte[] oversized = new byte[1 + 16 + 8 + FileMessage.MAX_CHUNK_BYTES + 1];
            oversized[0] = FileMessage.CHUNK;
            raw.send(oversized);
            await(() -> bob.rejectedInput().getOrDefault("file-malformed", 0L) == 2);

            try (Stream<Path> left = Files.list(downloads)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("passwd", "passwd (2)");
            }
            assertThat(Files.exists(dir.resolve("etc"))).isFalse();
        }
    }

    /** Speaks the file protocol directly, as a modified client could. */
    private record RawSender(LiveMeetingSession from, int to) {
        UUID offer(String name, byte[] offeredContent, byte[] hashedContent) {
            return offer(name, offeredContent, hashedContent, offeredContent.length);
        }

        UUID offer(String name, byte[] offeredContent, byte[] hashedContent, long size) {
            UUID id = UUID.randomUUID();
            send(FileMessage.encode(new FileMessage.Offer(id, name, size, sha256(hashedContent))));
            return id;
        }

        void awaitAccepted(LiveMeetingSession receiver, UUID id) throws InterruptedException {
            await(() -> transfer(receiver, id).orElseThrow().state() == State.TRANSFERRING);
        }

        void chunk(UUID id, long offset, byte[] data) {
            send(FileMessage.encode(new FileMessage.Chunk(id, offset, data)));
        }

        void send(byte[] body) {
            from.peer().sendDataTo(to, DataType.FILE, body);
        }
    }

    private static org.sealroom.client.session.FileTransferId awaitOffer(LiveMeetingSession s, UUID id)
            throws InterruptedException {
        await(() -> transfer(s, id).isPresent());
        return transfer(s, id).orElseThrow().id();
    }

    private static Optional<FileTransferView> transfer(LiveMeetingSession s, UUID id) {
        return s.files().all().stream().filter(t -> t.id().value().equals(id.toString())).findFirst();
    }

    private static Optional<FileTransferView> incoming(LiveMeetingSession s) {
        return s.files().all().stream().filter(t -> t.direction() == Direction.INCOMING).findFirst();
    }

    private static Optional<FileTransferView> outgoing(LiveMeetingSession s) {
        return s.files().all().stream().filter(t -> t.direction() == Direction.OUTGOING).findFirst();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
