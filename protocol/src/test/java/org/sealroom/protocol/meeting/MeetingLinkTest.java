package org.sealroom.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;
import org.sealroom.protocol.transport.RelayEndpoint;
import org.sealroom.protocol.transport.RelayFingerprint;

class MeetingLinkTest {

    private final IdentityKeyPair host = IdentityKeyPair.generate();

    @Test
    void formatsAndParsesBackWithTheRelayCertificate() throws Exception {
        RelayFingerprint cert = new RelayFingerprint("ab".repeat(32));
        MeetingLink link = new MeetingLink(new RelayEndpoint("relay.example.org", 7443), "fP3dlkjlTtJu-TtdG9zenw",
                host.publicKey().fingerprint(), MeetingSecret.generate(), Optional.of(cert));
        MeetingLink parsed = MeetingLink.parse(link.format());
        assertThat(parsed.relay()).isEqualTo(link.relay());
        assertThat(parsed.roomId()).isEqualTo(link.roomId());
        assertThat(parsed.host().matches(host.publicKey())).isTrue();
        assertThat(parsed.relayCertificate()).contains(cert);
        assertThat(parsed.secret().admissionToken()).isEqualTo(link.secret().admissionToken());
    }

    @Test
    void defaultsThePortAndKeepsTheSecretOutOfToString() throws Exception {
        MeetingLink link = new MeetingLink(new RelayEndpoint("relay.example.org", 7443), "room",
                host.publicKey().fingerprint(), MeetingSecret.generate(), Optional.empty());
        String text = link.format().replace(":7443", "");
        MeetingLink parsed = MeetingLink.parse(text);
        assertThat(parsed.relay().port()).isEqualTo(MeetingLink.DEFAULT_PORT);
        assertThat(parsed.toString()).doesNotContain("v1.").endsWith("#…");
    }

    @Test
    void rejectsLinksThatAreNotSealroomLinksOrAreDamaged() {
        String fp = host.publicKey().fingerprint().compact();
        for (String bad : new String[] {"", "https://example.org/room#v1.a.b", "sealroom://relay/room",
                "sealroom://relay/room#v2." + fp + ".AAAAAAAAAAAAAAAAAAAAAA", "sealroom://relay/room#v1.short.AAAA",
                "sealroom://relay/room#v1." + fp + ".AAAA", "sealroom://relay:99999/room#v1." + fp
                        + ".AAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThatThrownBy(() -> MeetingLink.parse(bad)).as(bad).isInstanceOf(InvalidMeetingLinkException.class);
        }
    }
}
