package org.sealroom.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.sealroom.client.collab.files.FilePolicy;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;
import org.sealroom.relay.RelayConfig;
import org.sealroom.relay.RelayServer;
import org.sealroom.relay.RunningRelay;
import org.sealroom.relay.forward.ForwardedPayload;

/**
 * Meetings over a real relay on loopback (real TLS) whose forwarding a test may change — to copy, drop or alter what
 * passes, as a hostile relay would. Each participant has its own data folder and a downloads folder in it.
 */
public final class RelayMeetings implements AutoCloseable {

    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Path dir;
    private final RunningRelay relay;
    private volatile Function<ForwardedPayload, List<ForwardedPayload>> forwarding = List::of;

    public RelayMeetings(Path dir) {
        this.dir = dir;
        this.relay = RelayServer.start(RelayConfig.loopbackEphemeral().dataDir(dir.resolve("relay")).build(),
                payload -> forwarding.apply(payload));
    }

    /** What the relay does with each payload from now on (everything passes unchanged by default). */
    public void forwarding(Function<ForwardedPayload, List<ForwardedPayload>> next) {
        forwarding = next;
    }

    public int relayPort() {
        return relay.tcpAddress().getPort();
    }

    public LiveMeetingSession host(String name) throws Exception {
        return service(name).host(new HostOptions(name, "Collaboration", Optional.of("127.0.0.1:" + relayPort()),
                true, false, MediaOptions.NONE));
    }

    /** Joins with the host's link and waits until everyone is in the same epoch. */
    public LiveMeetingSession join(String name, LiveMeetingSession... present) throws Exception {
        return joinWithLink(name, present[0].info().joinLink(), present);
    }

    /** Joins through another relay address (a proxy in front of this relay). */
    public LiveMeetingSession joinVia(String relayAddress, String name, LiveMeetingSession... present)
            throws Exception {
        String link = present[0].info().joinLink().replaceFirst("^sealroom://[^/]+/", "sealroom://" + relayAddress
                + "/");
        return joinWithLink(name, link, present);
    }

    public Path downloads(String name) {
        return dir.resolve(name).resolve("Downloads");
    }

    private LiveMeetingSession joinWithLink(String name, String link, LiveMeetingSession... present)
            throws Exception {
        LiveMeetingSession joiner = service(name).join(JoinOptions.byLink(name, link, MediaOptions.NONE));
        LiveMeetingSession[] all = new LiveMeetingSession[present.length + 1];
        System.arraycopy(present, 0, all, 0, present.length);
        all[present.length] = joiner;
        awaitSameEpoch(all);
        return joiner;
    }

    private LiveSessionService service(String name) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        Path data = dir.resolve(name);
        LiveSessionService service = new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO));
        service.setFilePolicy(new FilePolicy(downloads(name), MAX_FILE_BYTES, false));
        return service;
    }

    /** Waits until everyone has installed the same epoch and sends under it (so everyone can read everyone). */
    public static void awaitSameEpoch(LiveMeetingSession... sessions) throws InterruptedException {
        await(() -> {
            long epoch = sessions[0].e2ee().epoch();
            for (LiveMeetingSession s : sessions) {
                if (s.phase() != SessionPhase.IN_MEETING || s.e2ee().epoch() != epoch
                        || s.participants().size() != sessions.length
                        || !s.peer().sendEpoch().map(e -> e.value() == epoch).orElse(false)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Waits generously for {@code condition}: these tests assert what happens, never how fast. */
    public static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        relay.close();
    }
}
