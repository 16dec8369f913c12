package org.sealroom.protocol.meeting;

import org.sealroom.crypto.hpke.Hpke;
import org.sealroom.crypto.hpke.HpkeCiphertext;
import org.sealroom.crypto.hpke.X25519KeyPair;
import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;
import org.sealroom.crypto.meeting.MeetingSecret;

/**
 * A joiner's request to be let in (docs/protocol.md 8.3): display name, identity key, per-meeting key bound to the
 * identity by a signature, and a proof of the meeting secret. Sealed with HPKE base mode to the host's meeting key,
 * so the relay sees neither the name nor the keys.
 */
public record JoinRequest(String displayName, IdentityPublicKey identity, X25519PublicKey meetingKey,
        Signature signature, byte[] proof, boolean viaPassword) {

    public static final int MAX_NAME_CHARS = 64;

    /** The same request, marked as come by password or not (the host decides that from the relay's lobby). */
    JoinRequest withViaPassword(boolean byPassword) {
        return new JoinRequest(displayName, identity, meetingKey, signature, proof, byPassword);
    }

    public JoinRequest {
        proof = proof.clone();
    }

    @Override
    public byte[] proof() {
        return proof.clone();
    }

    public static JoinRequest create(String displayName, IdentityKeyPair identity, X25519PublicKey ownMeetingKey,
            X25519PublicKey hostMeetingKey, MeetingSecret secret, String roomId, boolean viaPassword) {
        String name = DisplayNames.clean(displayName);
        Signature signature = identity.sign(memberKeyBytes(roomId, hostMeetingKey, ownMeetingKey));
        byte[] proof = secret.joinProof(proofTranscript(roomId, identity.publicKey(), ownMeetingKey));
        return new JoinRequest(name, identity.publicKey(), ownMeetingKey, signature, proof, viaPassword);
    }

    public byte[] seal(X25519PublicKey hostMeetingKey, String roomId) {
        byte[] plaintext = new MessageWriter().utf8(displayName).bytes(identity.encoded()).bytes(meetingKey.encoded())
                .bytes(signature.bytes()).vec16(proof).u8(viaPassword ? 1 : 0).toByteArray();
        HpkeCiphertext sealed = Decoding.checked(() -> Hpke.sealBase(hostMeetingKey, info(roomId), new byte[0], plaintext));
        return new MessageWriter().u8(PayloadKind.JOIN_REQUEST.code()).bytes(sealed.encode()).toByteArray();
    }

    /** Opens a request and checks its signature and proof; a failure means it was forged. */
    public static JoinRequest open(byte[] payload, X25519KeyPair hostMeetingKey, MeetingSecret secret, String roomId) {
        byte[] body = new MessageReader(payload, 1, "join request").rest();
        byte[] plaintext = Decoding.checked(() ->
                Hpke.openBase(hostMeetingKey, HpkeCiphertext.decode(body), info(roomId), new byte[0]));
        MessageReader in = new MessageReader(plaintext, 0, "join request");
        JoinRequest request = new JoinRequest(DisplayNames.clean(in.utf8(MAX_NAME_CHARS)), Decoding.identityKey(in),
                Decoding.meetingKey(in), Decoding.signature(in), in.vec16(), in.u8() == 1);
        in.end();
        Decoding.checked(() -> {
            request.identity.verify(memberKeyBytes(roomId, hostMeetingKey.publicKey(), request.meetingKey),
                    request.signature);
            secret.verifyJoinProof(proofTranscript(roomId, request.identity, request.meetingKey), request.proof);
            return null;
        });
        return request;
    }

    static byte[] memberKeyBytes(String roomId, X25519PublicKey hostMeetingKey, X25519PublicKey memberKey) {
        return new MessageWriter().ascii("sealroom member key").utf8(roomId).bytes(hostMeetingKey.encoded())
                .bytes(memberKey.encoded()).toByteArray();
    }

    private static byte[] proofTranscript(String roomId, IdentityPublicKey identity, X25519PublicKey meetingKey) {
        return new MessageWriter().utf8(roomId).bytes(identity.encoded()).bytes(meetingKey.encoded()).toByteArray();
    }

    private static byte[] info(String roomId) {
        return new MessageWriter().ascii("sealroom join").utf8(roomId).toByteArray();
    }
}
