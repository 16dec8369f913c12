package org.sealroom.protocol.meeting;

import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;

/** The host's signed "no" to one join request (docs/protocol.md 8.5), naming the joiner's meeting key. */
public record Denial(X25519PublicKey joinerKey, Signature signature) {

    public static Denial sign(IdentityKeyPair host, X25519PublicKey joinerKey, String roomId) {
        return new Denial(joinerKey, host.sign(signedBytes(roomId, joinerKey)));
    }

    public byte[] encode() {
        return new MessageWriter().u8(PayloadKind.DENIAL.code()).bytes(joinerKey.encoded()).bytes(signature.bytes())
                .toByteArray();
    }

    /** Decodes a denial and checks it is the host's and meant for this joiner. */
    public static Denial decode(byte[] payload, IdentityPublicKey host, X25519PublicKey ownKey, String roomId) {
        MessageReader in = new MessageReader(payload, 1, "denial");
        Denial denial = new Denial(Decoding.meetingKey(in), Decoding.signature(in));
        in.end();
        if (!denial.joinerKey.equals(ownKey)) {
            throw new MalformedMeetingMessageException("denial names another joiner");
        }
        Decoding.checked(() -> {
            host.verify(signedBytes(roomId, ownKey), denial.signature);
            return null;
        });
        return denial;
    }

    private static byte[] signedBytes(String roomId, X25519PublicKey joinerKey) {
        return new MessageWriter().ascii("sealroom denied").utf8(roomId).bytes(joinerKey.encoded()).toByteArray();
    }
}
