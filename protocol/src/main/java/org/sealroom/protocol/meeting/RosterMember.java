package org.sealroom.protocol.meeting;

import org.sealroom.crypto.hpke.X25519PublicKey;
import org.sealroom.crypto.identity.IdentityPublicKey;

/** One member of an epoch: relay id, SFrame sender index, role, name and keys. */
public record RosterMember(int participantId, int senderIndex, MemberRole role, String displayName,
        IdentityPublicKey identity, X25519PublicKey meetingKey) {

    public RosterMember withRole(MemberRole newRole) {
        return new RosterMember(participantId, senderIndex, newRole, displayName, identity, meetingKey);
    }

    void writeTo(MessageWriter out) {
        out.u32(participantId).u16(senderIndex).u8(role.code()).utf8(displayName).bytes(identity.encoded())
                .bytes(meetingKey.encoded());
    }

    static RosterMember readFrom(MessageReader in) {
        return new RosterMember((int) in.u32(), in.u16(), MemberRole.of(in.u8()),
                DisplayNames.clean(in.utf8(JoinRequest.MAX_NAME_CHARS)), Decoding.identityKey(in),
                Decoding.meetingKey(in));
    }
}
