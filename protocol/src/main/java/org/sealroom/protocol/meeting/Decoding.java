package org.sealroom.protocol.meeting;

import org.sealroom.crypto.CryptoException;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;

/** Reads typed keys from a {@link MessageReader}, turning crypto-core's checked errors into meeting errors. */
final class Decoding {

    private Decoding() {
    }

    static IdentityPublicKey identityKey(MessageReader in) {
        return checked(() -> IdentityPublicKey.decode(in.bytes(IdentityPublicKey.LENGTH)));
    }

    static X25519PublicKey meetingKey(MessageReader in) {
        return checked(() -> X25519PublicKey.decode(in.bytes(X25519PublicKey.LENGTH)));
    }

    static Signature signature(MessageReader in) {
        return checked(() -> Signature.decode(in.bytes(Signature.LENGTH)));
    }

    interface CryptoCall<T> {
        T call() throws CryptoException;
    }

    /** Runs a crypto-core call whose failure means the message is forged or malformed. */
    static <T> T checked(CryptoCall<T> call) {
        try {
            return call.call();
        } catch (CryptoException e) {
            throw new MalformedMeetingMessageException(e.getMessage(), e);
        }
    }
}
