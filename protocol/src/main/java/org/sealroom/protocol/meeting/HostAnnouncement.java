package org.sealroom.protocol.meeting;

import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.Fingerprint;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;
import org.sealroom.crypto.meeting.MeetingSecret;

/**
 * The host's per-meeting key, signed by its identity key and sealed under the meeting secret's announce key
 * (docs/protocol.md 8.2). A joiner accepts it only if the identity matches the link's fingerprint, or is reached
 * from it through a chain of signed handovers.
 */
public record HostAnnouncement(IdentityPublicKey hostIdentity, X25519PublicKey hostMeetingKey, Signature signature,
        HandoverChain handovers) {

    private static final int VERSION = 1;

    public static HostAnnouncement sign(IdentityKeyPair host, X25519PublicKey meetingKey, String roomId,
            HandoverChain handovers) {
        return new HostAnnouncement(host.publicKey(), meetingKey, host.sign(signedBytes(roomId, meetingKey)), handovers);
    }

    public byte[] seal(MeetingSecret secret, String roomId) {
        byte[] plaintext = new MessageWriter().u8(VERSION).bytes(hostIdentity.encoded()).bytes(hostMeetingKey.encoded())
                .bytes(signature.bytes()).bytes(handovers.encode()).toByteArray();
        byte[] sealed = secret.sealAnnouncement(plaintext, aad(roomId));
        return new MessageWriter().u8(PayloadKind.ANNOUNCEMENT.code()).bytes(sealed).toByteArray();
    }

    /** Opens and fully verifies an announcement against the fingerprint from the join link. */
    public static HostAnnouncement open(byte[] payload, MeetingSecret secret, String roomId, Fingerprint linkHost) {
        byte[] sealed = new MessageReader(payload, 1, "announcement").rest();
        byte[] plaintext = Decoding.checked(() -> secret.openAnnouncement(sealed, aad(roomId)));
        MessageReader in = new MessageReader(plaintext, 0, "announcement");
        if (in.u8() != VERSION) {
            throw new MalformedMeetingMessageException("announcement has an unsupported version");
        }
        HostAnnouncement announcement = new HostAnnouncement(Decoding.identityKey(in), Decoding.meetingKey(in),
                Decoding.signature(in), HandoverChain.decode(in));
        in.end();
        announcement.verify(roomId, linkHost);
        return announcement;
    }

    private void verify(String roomId, Fingerprint linkHost) {
        handovers.verifyLeadsTo(hostIdentity, linkHost, roomId);
        Decoding.checked(() -> {
            hostIdentity.verify(signedBytes(roomId, hostMeetingKey), signature);
            return null;
        });
    }

    private static byte[] signedBytes(String roomId, X25519PublicKey meetingKey) {
        return new MessageWriter().ascii("sealroom host key").utf8(roomId).bytes(meetingKey.encoded()).toByteArray();
    }

    private static byte[] aad(String roomId) {
        return new MessageWriter().ascii("sealroom announce").utf8(roomId).toByteArray();
    }
}
