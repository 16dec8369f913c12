package org.sealroom.protocol.meeting;

import org.sealroom.crypto.hpke.Hpke;
import org.sealroom.crypto.hpke.HpkeCiphertext;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;

/**
 * Seals a private message to one member's meeting key with HPKE auth mode, so the other members — who hold the
 * epoch key that protects the frame around it — cannot read it either.
 */
final class PrivateSeal {

    private PrivateSeal() {
    }

    static byte[] seal(byte[] plaintext, X25519PublicKey recipient, X25519KeyPair sender, String roomId) {
        return Decoding.checked(() -> Hpke.sealAuth(recipient, sender, info(roomId), new byte[0], plaintext)).encode();
    }

    static byte[] open(byte[] sealed, X25519KeyPair recipient, X25519PublicKey sender, String roomId) {
        return Decoding.checked(() -> Hpke.openAuth(recipient, sender, HpkeCiphertext.decode(sealed), info(roomId),
                new byte[0]));
    }

    private static byte[] info(String roomId) {
        return new MessageWriter().ascii("sealroom private message").utf8(roomId).toByteArray();
    }
}
