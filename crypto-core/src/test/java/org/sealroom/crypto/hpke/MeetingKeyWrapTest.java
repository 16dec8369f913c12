package org.sealroom.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sealroom.crypto.AuthenticationFailedException;
import org.sealroom.crypto.MalformedDataException;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.MeetingKey;

class MeetingKeyWrapTest {

    private final X25519KeyPair host = X25519KeyPair.generate();
    private final X25519KeyPair participant = X25519KeyPair.generate();
    private final WrapContext context = new WrapContext("room-42", new Epoch(3));

    @Test
    void participantUnwrapsTheHostsKeyFromEightyBytes() throws Exception {
        MeetingKey key = MeetingKey.generate();
        WrappedMeetingKey wrapped = MeetingKeyWrap.wrap(key, participant.publicKey(), host, context);
        byte[] wire = wrapped.encode();
        assertThat(wire).hasSize(WrappedMeetingKey.LENGTH).hasSizeLessThanOrEqualTo(120);

        MeetingKey unwrapped = MeetingKeyWrap.unwrap(WrappedMeetingKey.decode(wire), participant, host.publicKey(),
                context);
        assertThat(unwrapped.commitment()).isEqualTo(key.commitment());
    }

    @Test
    void wrapIsBoundToRoomEpochHostAndRecipient() throws Exception {
        WrappedMeetingKey wrapped = MeetingKeyWrap.wrap(MeetingKey.generate(), participant.publicKey(), host,
                context);
        assertRejected(wrapped, participant, host.publicKey(), new WrapContext("room-43", new Epoch(3)));
        assertRejected(wrapped, participant, host.publicKey(), new WrapContext("room-42", new Epoch(4)));
        assertRejected(wrapped, participant, X25519KeyPair.generate().publicKey(), context);
        assertRejected(wrapped, X25519KeyPair.generate(), host.publicKey(), context);
    }

    @Test
    void everyTamperedByteIsRejected() throws Exception {
        byte[] wire = MeetingKeyWrap.wrap(MeetingKey.generate(), participant.publicKey(), host, context).encode();
        for (int i = 0; i < wire.length; i++) {
            byte[] tampered = wire.clone();
            tampered[i] ^= (byte) 0x80;
            WrappedMeetingKey wrapped = WrappedMeetingKey.decode(tampered);
            assertThatThrownBy(() -> MeetingKeyWrap.unwrap(wrapped, participant, host.publicKey(), context))
                    .isInstanceOfAny(AuthenticationFailedException.class, MalformedDataException.class);
        }
    }

    @Test
    void wrapAllKeepsRecipientOrder() throws Exception {
        List<X25519KeyPair> participants = new ArrayList<>();
        List<X25519PublicKey> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            participants.add(X25519KeyPair.generate());
            recipients.add(participants.get(i).publicKey());
        }
        MeetingKey key = MeetingKey.generate();
        List<WrappedMeetingKey> wrapped = MeetingKeyWrap.wrapAll(key, recipients, host, context);
        assertThat(wrapped).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(MeetingKeyWrap.unwrap(wrapped.get(i), participants.get(i), host.publicKey(), context)
                    .commitment()).isEqualTo(key.commitment());
        }
        assertRejected(wrapped.get(0), participants.get(1), host.publicKey(), context);
    }

    @Test
    void wrapAllNamesTheUnusableRecipient() throws Exception {
        List<X25519PublicKey> recipients = List.of(participant.publicKey(), X25519PublicKey.decode(new byte[32]));
        assertThatThrownBy(() -> MeetingKeyWrap.wrapAll(MeetingKey.generate(), recipients, host, context))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("recipient 1");
    }

    @Test
    void decodeRejectsWrongLengthsAndContextRejectsBadRoomIds() {
        assertThatThrownBy(() -> WrappedMeetingKey.decode(new byte[79])).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> WrappedMeetingKey.decode(new byte[81])).isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> new WrapContext("", Epoch.FIRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WrapContext("x".repeat(256), Epoch.FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(WrappedMeetingKey wrapped, X25519KeyPair recipient, X25519PublicKey host,
            WrapContext context) {
        assertThatThrownBy(() -> MeetingKeyWrap.unwrap(wrapped, recipient, host, context))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
