package org.sealroom.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.media.SyntheticMediaSender;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.protocol.meeting.HostAnnouncement;
import org.sealroom.protocol.meeting.JoinRequest;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.meeting.MeetingConfig;
import org.sealroom.protocol.meeting.MeetingOutbox;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.meeting.PayloadKind;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;

/**
 * {@code ./sealroom bench keys}: join to first decrypted frame over the real relay on loopback, and the host's cost
 * of a full rekey of a 1,000-member roster through the real meeting code.
 */
public final class KeysBench {

    private static final String ROOM = "bench-room";
    private static final int WARM_UP_REKEYS = 8;
    private static final int MEASURED_REKEYS = 9;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) System.out.println("join_to_first_frame_ms: " + joinToFirstFrameMillis());
        RekeyResult rekey = rekeyLargeRoster(1000);
        System.out.println("rekey_1000_participants_ms: " + String.format("%.1f", rekey.millis()));
        System.out.println("rekey_bytes_per_participant: " + rekey.bytesPerParticipant());
        System.exit(0);
    }

    /** Median over several joins of the time from starting to join to the first decrypted media frame. */
    static long joinToFirstFrameMillis() throws Exception {
        Path dir = Files.createTempDirectory("sealroom-bench");
        LiveSessionService hostService = service(dir.resolve("host"));
        try (LiveMeetingSession host = hostService.host(new HostOptions("Host", "bench", Optional.empty(), true, false,
                MediaOptions.NONE)); SyntheticMediaSender media = SyntheticMediaSender.start(host, 440)) {
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LiveSessionService joinService = service(dir.resolve("joiner" + i));
                CountDownLatch firstFrame = new CountDownLatch(1);
                AtomicLong arrived = new AtomicLong();
                long start = System.nanoTime();
                try (LiveMeetingSession joiner = joinService.join(JoinOptions.byLink("Joiner " + i,
                        host.info().joinLink(), MediaOptions.NONE))) {
                    joiner.addMediaSink((from, stream, sequence, payload) -> {
                        if (arrived.compareAndSet(0, System.nanoTime())) {
                            firstFrame.countDown();
                        }
                    });
                    if (!firstFrame.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no media frame arrived");
                    }
                    if (i > 0) { // the first join warms up the JVM
                        samples.add((arrived.get() - start) / 1_000_000);
                    }
                    joiner.leave();
                }
                Thread.sleep(1200); // let the leave rekey settle so joins are not batched together
            }
            Collections.sort(samples);
            return samples.get(samples.size() / 2);
        }
    }

    record RekeyResult(double millis, int bytesPerParticipant) {}

    /** A host peer with {@code members} admitted members; times the rekey a leave triggers. */
    static RekeyResult rekeyLargeRoster(int members) throws Exception {
        MeetingSecret secret = MeetingSecret.generate();
        IdentityKeyPair hostIdentity = IdentityKeyPair.generate();
        List<byte[]> announcements = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger epochKeyBytes = new AtomicInteger();
        AtomicInteger epochKeys = new AtomicInteger();
        AtomicLong rosterSent = new AtomicLong();
        MeetingOutbox outbox = new MeetingOutbox() {
            @Override
            public void toAll(byte[] payload) {
                rosterSent.set(System.nanoTime());
            }

            @Override
            public void to(int participantId, byte[] payload) {
                if (payload[0] == PayloadKind.ANNOUNCEMENT.code()) {
                    announcements.add(payload);
                } else if (payload[0] == PayloadKind.EPOCH_KEY.code()) {
                    epochKeys.incrementAndGet();
                    epochKeyBytes.set(payload.length);
                }
            }

            @Override
            public void media(StreamKind stream, int sequence, byte[] frame) {
            }

            @Override
            public void kick(int participantId) {
            }

            @Override
            public void promote(int participantId) {
            }
        };
        MeetingConfig config = MeetingConfig.host(ROOM, "Host", hostIdentity, secret, true).withKeyLog(KeyLog.NONE);
        try (MeetingPeer host = MeetingPeer.create(config, outbox)) {
            host.start(1, Set.of());
            host.onParticipantJoined(2);
            awaitTrue(() -> !announcements.isEmpty());
            HostAnnouncement announcement = HostAnnouncement.open(announcements.get(0), secret, ROOM,
                    hostIdentity.publicKey().fingerprint());
            int joiners = members + WARM_UP_REKEYS + MEASURED_REKEYS / 2;
            for (int id = 2; id < joiners + 2; id++) {
                X25519KeyPair key = X25519KeyPair.generate();
                JoinRequest request = JoinRequest.create("Member " + id, IdentityKeyPair.generate(), key.publicKey(),
                        announcement.hostMeetingKey(), secret, ROOM, false);
                host.onPayload(id, request.seal(announcement.hostMeetingKey(), ROOM));
            }
            awaitTrue(() -> host.view().map(v -> v.roster().members().size() == joiners + 1).orElse(false));
            Thread.sleep(3000); // the admission epoch's deferred activate goes out first
            List<Double> samples = new ArrayList<>();
            // The first leaves warm the JIT up; the rest are measured, each on a roster of about `members`.
            for (int leaver = 2; leaver < 2 + WARM_UP_REKEYS + MEASURED_REKEYS; leaver++) {
                long epochBefore = host.view().orElseThrow().epoch().value();
                epochKeys.set(0);
                long start = System.nanoTime();
                host.onParticipantLeft(leaver);
                int expectedWraps = joiners - (leaver - 1);
                awaitTrue(() -> host.view().orElseThrow().epoch().value() > epochBefore
                        && epochKeys.get() == expectedWraps && rosterSent.get() > start);
                if (leaver >= 2 + WARM_UP_REKEYS) {
                    samples.add((rosterSent.get() - start) / 1e6);
                }
                if (epochKeys.get() != host.view().orElseThrow().roster().members().size() - 1) {
                    throw new IllegalStateException("rekey wrapped " + epochKeys.get() + " keys");
                }
            }
            Collections.sort(samples);
            return new RekeyResult(samples.get(samples.size() / 2), epochKeyBytes.get());
        }
    }

    private static LiveSessionService service(Path data) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        return new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("benchmark condition not reached");
            }
            Thread.sleep(1);
        }
    }
}
