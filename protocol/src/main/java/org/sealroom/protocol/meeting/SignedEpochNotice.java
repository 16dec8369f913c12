package org.sealroom.protocol.meeting;

import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;

/** The host's signed "switch to epoch e now" (docs/protocol.md 8.9): {@code u32 epoch ‖ signature}. */
public record SignedEpochNotice(Epoch epoch, Signature signature) {

    public static SignedEpochNotice activate(IdentityKeyPair host, String roomId, Epoch epoch) {
        return new SignedEpochNotice(epoch, host.sign(signedBytes(roomId, epoch)));
    }

    public void verify(IdentityPublicKey host, String roomId) {
        Decoding.checked(() -> {
            host.verify(signedBytes(roomId, epoch), signature);
            return null;
        });
    }

    public byte[] encode() {
        return new MessageWriter().u32(epoch.value()).bytes(signature.bytes()).toByteArray();
    }

    public static SignedEpochNotice decode(byte[] body) {
        MessageReader in = new MessageReader(body, 0, "activate");
        SignedEpochNotice notice = new SignedEpochNotice(new Epoch(in.u32()), Decoding.signature(in));
        in.end();
        return notice;
    }

    private static byte[] signedBytes(String roomId, Epoch epoch) {
        return new MessageWriter().ascii("sealroom activate").utf8(roomId).u32(epoch.value()).toByteArray();
    }
}
