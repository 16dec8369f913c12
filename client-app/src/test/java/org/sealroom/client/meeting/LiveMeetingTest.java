package org.sealroom.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealroom.client.identity.ContactBook;
import org.sealroom.client.session.HostOptions;
import org.sealroom.client.session.JoinOptions;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.SessionPhase;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.protocol.meeting.KeyLog;
import org.sealroom.protocol.transport.KnownRelays;
import org.sealroom.protocol.transport.RelayClientConfig;

/** Host and joiner over the real relay (embedded, real TLS on loopback). */
class LiveMeetingTest {

    @TempDir
    Path dir;

    private LiveSessionService service(String name) {
        return service(dir, name);
    }

    /** A session service with a fresh identity and its own data directory under {@code dir}. */
    static LiveSessionService service(Path dir, String name) {
        IdentityKeyPair identity = IdentityKeyPair.generate();
        Path data = dir.resolve(name);
        return new LiveSessionService(new LiveSessionService.Environment(() -> identity, data,
                new KnownRelays(data.resolve("known-relays")), ContactBook.inMemory(), KeyLog.NONE,
                RelayClientConfig.MediaPolicy.AUTO));
    }

    @Test
    void joinerIsAdmittedAndSharesTheSecurityCode() throws Exception {
        try (LiveMeetingSession host = service("alice").host(new HostOptions("Alice", "Test", Optional.empty(), true,
                false, MediaOptions.NONE));
             LiveMeetingSession bob = service("bob").join(JoinOptions.byLink("Bob", host.info().joinLink(),
                     MediaOptions.NONE))) {
            await(() -> bob.phase() == SessionPhase.IN_MEETING && host.participants().size() == 2);
            await(() -> bob.e2ee().epoch() == host.e2ee().epoch());
            assertThat(bob.e2ee().securityCode()).isEqualTo(host.e2ee().securityCode());
            bob.sendChat("hello Alice");
            await(() -> host.chatLog().stream().anyMatch(c -> c.text().equals("hello Alice")));
        }
    }

    @Test
    void aLinkWithTheWrongSecretOrNoRelayGivesAClearError() throws Exception {
        try (LiveMeetingSession host = service("alice").host(new HostOptions("Alice", "Test", Optional.empty(), true,
                false, MediaOptions.NONE))) {
            String link = host.info().joinLink();
            String wrongSecret = link.replaceFirst("\\.[A-Za-z0-9_-]{22}(\\.|$)", ".AAAAAAAAAAAAAAAAAAAAAA$1");
            assertThat(wrongSecret).isNotEqualTo(link);
            assertThatThrownBy(() -> service("eve").join(JoinOptions.byLink("Eve", wrongSecret, MediaOptions.NONE)))
                    .isInstanceOf(SessionException.class).hasMessageStartingWith("Could not join the meeting");
            assertThatThrownBy(() -> service("eve").join(JoinOptions.byLink("Eve", "sealroom://nowhere", MediaOptions.NONE)))
                    .isInstanceOf(SessionException.class).hasMessageContaining("not a Sealroom meeting link");
            assertThat(host.participants()).hasSize(1);
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
