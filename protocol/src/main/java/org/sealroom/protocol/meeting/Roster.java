package org.sealroom.protocol.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sealroom.crypto.epoch.Epoch;
import org.sealroom.crypto.epoch.KeyCommitment;
import org.sealroom.crypto.identity.IdentityKeyPair;
import org.sealroom.crypto.identity.IdentityPublicKey;
import org.sealroom.crypto.identity.Signature;

/**
 * The members of one epoch, signed by the host that made it (docs/protocol.md 8.7). It carries the commitment of the
 * epoch key, so a member accepts it only together with the key it unwrapped, and says whether senders switch to the
 * epoch at once (after a leave or removal) or on the host's activate message.
 */
public record Roster(Epoch epoch, KeyCommitment commitment, boolean activateImmediately, List<RosterMember> members,
        Signature signature) {

    public static final int MAX_MEMBERS = 4096;

    public Roster {
        members = List.copyOf(members);
    }

    public static Roster sign(IdentityKeyPair host, String roomId, Epoch epoch, KeyCommitment commitment,
            boolean activateImmediately, List<RosterMember> members) {
        byte[] body = body(epoch, commitment, activateImmediately, members);
        return new Roster(epoch, commitment, activateImmediately, members, host.sign(signedBytes(roomId, body)));
    }

    /** Checks the signature of {@code signer}, the host this member currently trusts to make epochs. */
    public void verify(IdentityPublicKey signer, String roomId) {
        byte[] body = body(epoch, commitment, activateImmediately, members);
        Decoding.checked(() -> {
            signer.verify(signedBytes(roomId, body), signature);
            return null;
        });
    }

    public Optional<RosterMember> member(int participantId) {
        return members.stream().filter(m -> m.participantId() == participantId).findFirst();
    }

    public Optional<RosterMember> withRole(MemberRole role) {
        return members.stream().filter(m -> m.role() == role).findFirst();
    }

    public List<IdentityPublicKey> identities() {
        return members.stream().map(RosterMember::identity).toList();
    }

    public byte[] encode() {
        return new MessageWriter().bytes(body(epoch, commitment, activateImmediately, members))
                .bytes(signature.bytes()).toByteArray();
    }

    public static Roster decode(byte[] bytes) {
        MessageReader in = new MessageReader(bytes, 0, "roster");
        Epoch epoch = new Epoch(in.u32());
        KeyCommitment commitment = Decoding.checked(() -> KeyCommitment.decode(in.bytes(KeyCommitment.LENGTH)));
        boolean immediate = in.u8() == 1;
        int count = in.u16();
        if (count == 0 || count > MAX_MEMBERS) {
            throw new MalformedMeetingMessageException("roster with " + count + " members");
        }
        List<RosterMember> members = new ArrayList<>(count);
        Set<Integer> ids = new HashSet<>();
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            RosterMember member = RosterMember.readFrom(in);
            if (!ids.add(member.participantId()) || !indexes.add(member.senderIndex())) {
                throw new MalformedMeetingMessageException("roster lists a participant or sender index twice");
            }
            members.add(member);
        }
        Signature signature = Decoding.signature(in);
        in.end();
        return new Roster(epoch, commitment, immediate, members, signature);
    }

    private static byte[] body(Epoch epoch, KeyCommitment commitment, boolean immediate, List<RosterMember> members) {
        MessageWriter out = new MessageWriter().u32(epoch.value()).bytes(commitment.bytes()).u8(immediate ? 1 : 0)
                .u16(members.size());
        members.forEach(m -> m.writeTo(out));
        return out.toByteArray();
    }

    private static byte[] signedBytes(String roomId, byte[] body) {
        return new MessageWriter().ascii("sealroom roster").utf8(roomId).bytes(body).toByteArray();
    }
}
