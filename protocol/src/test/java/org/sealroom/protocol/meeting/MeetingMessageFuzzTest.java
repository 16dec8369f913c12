package org.sealroom.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.meeting.MeetingSecret;

/** Every meeting message a relay could forge: garbage is a {@link MalformedMeetingMessageException}, nothing else. */
class MeetingMessageFuzzTest {

    private static final String ROOM = "room";
    private final MeetingSecret secret = MeetingSecret.generate();
    private final X25519KeyPair hostKey = X25519KeyPair.generate();
    private final IdentityKeyPair host = IdentityKeyPair.generate();

    @Property(tries = 300, seed = "42")
    void decodersRejectGarbageWithTheirOwnException(@ForAll @Size(max = 400) byte[] garbage) {
        byte[] asPayload = new byte[garbage.length + 1];
        System.arraycopy(garbage, 0, asPayload, 1, garbage.length);
        expectMalformed(() -> Roster.decode(garbage));
        expectMalformed(() -> EpochKeyMessage.decode(asPayload));
        expectMalformed(() -> SignedEpochNotice.decode(garbage));
        expectMalformed(() -> Handover.decode(garbage));
        expectMalformed(() -> JoinRequest.open(asPayload, hostKey, secret, ROOM));
        expectMalformed(() -> HostAnnouncement.open(asPayload, secret, ROOM, host.publicKey().fingerprint()));
        expectMalformed(() -> Denial.decode(asPayload, host.publicKey(), hostKey.publicKey(), ROOM));
    }

    private static void expectMalformed(Runnable decode) {
        assertThatThrownBy(decode::run).isInstanceOf(MalformedMeetingMessageException.class);
    }
}
