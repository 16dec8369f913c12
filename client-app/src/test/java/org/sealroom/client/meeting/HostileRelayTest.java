package org.sealroom.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sealroom.client.meeting.LiveMeetingTest.await;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.media.SyntheticMediaSender;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SecurityWarning;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.meeting.PayloadKind;
import org.sealroom.protocol.meeting.SenderStats;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;
import org.sealroom.relay.forward.ForwardedPayload;

/**
 * The relay operator is the attacker: a real relay whose forwarding path a test controls (tamper, inject, replay,
 * withhold) and whose capture an auditor reads. Each attack is detected or harmless, and no client falls over.
 */
class HostileRelayTest {

    @TempDir
    Path dir;

    private volatile Function<ForwardedPayload, List<ForwardedPayload>> attack = List::of;
    private final List<IdentityKeyPair> identities = new ArrayList<>();

    private RunningRelay relay(Optional<Path> capture) {
        RelayConfig.Builder config = RelayConfig.loopbackEphemeral().dataDir(dir.resolve("relay"));
        capture.ifPresent(config::captureDir);
        return RelayServer.start(config.build(), payload -> attack.apply(payload));
    }

    private LiveSessionService service(String name, KeyLog keyLog) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        identities.add(identity);
        Path data = dir.resolve(name);
        return new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), keyLog,
                RelayClientConfig.MediaPolicy.AUTO));
    }

    private LiveMeetingSession host(RunningRelay relay, String name, KeyLog keyLog) throws Exception {
        String address = "127.0.0.1:" + relay.tcpAddress().getPort();
        return service(name, keyLog).host(new HostOptions(name, "Audit", Optional.of(address), true, false,
                MediaOptions.NONE));
    }

    private LiveMeetingSession join(LiveMeetingSession host, String name, KeyLog keyLog) throws Exception {
        LiveMeetingSession session = service(name, keyLog).join(JoinOptions.byLink(name, host.info().joinLink(),
                MediaOptions.NONE));
        await(() -> session.phase() == SessionPhase.IN_MEETING);
        return session;
    }

    private static void awaitSameEpoch(LiveMeetingSession... sessions) throws InterruptedException {
        await(() -> {
            long epoch = sessions[0].e2ee().epoch();
            for (LiveMeetingSession s : sessions) {
                if (s.e2ee().epoch() != epoch || s.participants().size() != sessions.length) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void awaitChat(LiveMeetingSession from, LiveMeetingSession to, String text)
            throws InterruptedException {
        await(() -> {
            from.sendChat(text);
            return to.chatLog().stream().anyMatch(c -> c.text().equals(text));
        });
    }

    @Test
    void captureHoldsNoNamesChatTextOrKeys() throws Exception {
        Path capture = dir.resolve("capture");
        Path keyLog = dir.resolve("keys.log");
        try (RunningRelay relay = relay(Optional.of(capture));
             LiveMeetingSession alice = host(relay, "Alice Wonderland", KeyLog.toFile(keyLog));
             LiveMeetingSession bob = join(alice, "Bob Builder", KeyLog.toFile(keyLog));
             SyntheticMediaSender media = SyntheticMediaSender.start(bob, 440)) {
            awaitSameEpoch(alice, bob);
            awaitChat(bob, alice, "The secret plan is at dawn");
            await(() -> alice.peer().senderStats().stream().anyMatch(s -> s.decrypted() > 50));
        }
        byte[] captured;
        try (var files = Files.list(capture)) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (Path file : all) {
                bytes.writeBytes(Files.readAllBytes(file));
            }
            captured = bytes.toByteArray();
        }
        assertThat(captured.length).isGreaterThan(20_000); // the media really went through this relay
        List<byte[]> secrets = new ArrayList<>();
        for (String text : List.of("Alice Wonderland", "Bob Builder", "The secret plan is at dawn", "secret plan")) {
            secrets.add(text.getBytes(StandardCharsets.UTF_8));
        }
        List<String> keyLines = Files.readAllLines(keyLog);
        assertThat(keyLines).isNotEmpty();
        for (String line : keyLines) {
            secrets.add(HexFormat.of().parseHex(line.split(" ")[3]));
        }
        identities.forEach(identity -> secrets.add(identity.publicKey().encoded()));
        for (byte[] secret : secrets) {
            assertThat(indexOf(captured, secret)).as("capture contains %s", HexFormat.of().formatHex(secret))
                    .isEqualTo(-1);
        }
    }

    @Test
    void tamperedReplayedAndInjectedFramesAreCountedAndTheMeetingCarriesOn() throws Exception {
        try (RunningRelay relay = relay(Optional.empty());
             LiveMeetingSession alice = host(relay, "Alice", KeyLog.NONE);
             LiveMeetingSession bob = join(alice, "Bob", KeyLog.NONE);
             LiveMeetingSession carol = join(alice, "Carol", KeyLog.NONE)) {
            awaitSameEpoch(alice, bob, carol);
            int bobId = bob.peer().ownId();
            int carolId = carol.peer().ownId();
            AtomicInteger seen = new AtomicInteger();
            attack = p -> {
                if (p.kind() != ForwardedPayload.Kind.MEDIA || p.senderId() != bobId) {
                    return List.of(p);
                }
                int n = seen.incrementAndGet();
                if (n % 10 == 1) { // flip one bit of the tag
                    ByteBuf copy = Unpooled.copiedBuffer(p.payload());
                    copy.setByte(copy.writerIndex() - 1, copy.getByte(copy.writerIndex() - 1) ^ 1);
                    return List.of(p.withPayload(copy));
                }
                if (n % 10 == 2) { // replay it, and inject a copy claiming Carol sent it
                    return List.of(p, p.withPayload(Unpooled.copiedBuffer(p.payload())),
                            p.withSender(carolId).withPayload(Unpooled.copiedBuffer(p.payload())));
                }
                return List.of(p);
            };
            try (SyntheticMediaSender media = SyntheticMediaSender.start(bob, 440)) {
                await(() -> {
                    SenderStats fromBob = stats(alice, bobId);
                    SenderStats fromCarol = stats(alice, carolId);
                    return fromBob.authenticationFailed() >= 3 && fromBob.replayed() >= 3
                            && fromCarol.injected() >= 3 && fromBob.decrypted() >= 100;
                });
            }
            assertThat(alice.warningLog()).anyMatch(w -> w.kind() == SecurityWarning.Kind.DECRYPTION_FAILED);
            attack = List::of;
            awaitChat(carol, bob, "still here");
            assertThat(List.of(alice, bob, carol)).allMatch(s -> s.phase() == SessionPhase.IN_MEETING);
        }
    }

    @Test
    void tamperedJoinRequestIsRejectedAndTheJoinerIsNeverAdmitted() throws Exception {
        try (RunningRelay relay = relay(Optional.empty());
             LiveMeetingSession alice = host(relay, "Alice", KeyLog.NONE)) {
            attack = p -> {
                ByteBuf payload = p.payload();
                if (p.kind() == ForwardedPayload.Kind.DATA && payload.getByte(payload.readerIndex())
                        == PayloadKind.JOIN_REQUEST.code()) {
                    ByteBuf copy = Unpooled.copiedBuffer(payload);
                    copy.setByte(copy.readerIndex() + 40, copy.getByte(copy.readerIndex() + 40) ^ 0x55);
                    return List.of(p.withPayload(copy)); // e.g. a substituted key inside
                }
                return List.of(p);
            };
            LiveMeetingSession mallory = service("mallory", KeyLog.NONE).join(JoinOptions.byLink("Mallory",
                    alice.info().joinLink(), MediaOptions.NONE));
            try (mallory) {
                await(() -> alice.warningLog().stream().anyMatch(w -> w.kind() == SecurityWarning.Kind.FORGED_MESSAGE));
                assertThat(mallory.phase()).isEqualTo(SessionPhase.WAITING_IN_LOBBY);
                assertThat(alice.participants()).hasSize(1);
            }
        }
    }

    @Test
    void withheldRekeyIsReportedAndAPartitionedMemberShowsADifferentSecurityCode() throws Exception {
        try (RunningRelay relay = relay(Optional.empty());
             LiveMeetingSession alice = host(relay, "Alice", KeyLog.NONE);
             LiveMeetingSession bob = join(alice, "Bob", KeyLog.NONE);
             LiveMeetingSession carol = join(alice, "Carol", KeyLog.NONE);
             LiveMeetingSession dave = join(alice, "Dave", KeyLog.NONE)) {
            awaitSameEpoch(alice, bob, carol, dave);
            int bobId = bob.peer().ownId();
            AtomicBoolean withhold = new AtomicBoolean(true);
            attack = p -> {
                ByteBuf payload = p.payload();
                boolean epochKey = p.kind() == ForwardedPayload.Kind.DATA
                        && payload.getByte(payload.readerIndex()) == PayloadKind.EPOCH_KEY.code();
                return withhold.get() && epochKey && p.recipientId() == bobId ? List.of() : List.of(p);
            };
            dave.leave();
            await(() -> bob.warningLog().stream().anyMatch(w -> w.kind() == SecurityWarning.Kind.REKEY_STALLED));
            await(() -> alice.e2ee().epoch() == carol.e2ee().epoch() && alice.participants().size() == 3);
            assertThat(bob.e2ee().securityCode()).isNotEqualTo(carol.e2ee().securityCode());
            assertThat(carol.e2ee().securityCode()).isEqualTo(alice.e2ee().securityCode());
        }
    }

    private static SenderStats stats(LiveMeetingSession at, int sender) {
        return at.peer().senderStats().stream().filter(s -> s.participantId() == sender).findFirst()
                .orElse(new SenderStats(sender, 0, 0, 0, 0, 0, 0, 0));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
