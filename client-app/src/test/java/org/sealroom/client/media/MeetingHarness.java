package org.sealroom.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.meeting.LiveSessionService;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;

/** Hosts and joins real meetings over the embedded relay (real TLS on loopback), each participant with its own data. */
public final class MeetingHarness {

    static final MediaOptions SYNTHETIC = new MediaOptions(MediaOptions.Mode.SYNTHETIC, true, true);
    static final MediaOptions NONE = MediaOptions.NONE;

    private final Path dir;
    private final SessionMediaFactory media;

    MeetingHarness(Path dir, SessionMediaFactory media) {
        this.dir = dir;
        this.media = media;
    }

    public MeetingHarness(Path dir) {
        this(dir, SessionMediaFactory.withSystemDefaults());
    }

    LiveMeetingSession host(String name, MediaOptions options) throws SessionException {
        return service(name).host(new HostOptions(name, "Media test", Optional.empty(), true, false, options));
    }

    /** Joins {@code host}'s meeting and waits until both are in the same epoch. */
    LiveMeetingSession join(String name, LiveMeetingSession host, MediaOptions options) throws Exception {
        LiveMeetingSession joiner = service(name).join(JoinOptions.byLink(name, host.info().joinLink(), options));
        await(() -> joiner.phase() == SessionPhase.IN_MEETING && host.e2ee().epoch() == joiner.e2ee().epoch()
                && host.participants().size() == joiner.participants().size());
        return joiner;
    }

    /** Joins by {@code link} and waits until in the meeting. */
    public LiveMeetingSession joinLink(String name, String link, MediaOptions options) throws Exception {
        LiveMeetingSession joiner = service(name).join(JoinOptions.byLink(name, link, options));
        await(() -> joiner.phase() == SessionPhase.IN_MEETING);
        return joiner;
    }

    private LiveSessionService service(String name) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        Path data = dir.resolve(name);
        return new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO), media);
    }

    static SessionMedia media(LiveMeetingSession session) {
        return session.media().orElseThrow();
    }

    /** What {@code receiver} has from {@code sender} (empty stats until something arrived). */
    static Optional<SenderMediaStats> from(LiveMeetingSession receiver, LiveMeetingSession sender) {
        return Optional.ofNullable(media(receiver).stats().get(sender.peer().ownId()));
    }

    /** Waits generously for {@code condition}: these tests assert what happens, never how fast. */
    public static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
