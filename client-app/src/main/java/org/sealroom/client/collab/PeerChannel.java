package org.sealroom.client.collab;

import java.util.List;
import java.util.Optional;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.meeting.MemberRole;
import org.sealroom.protocol.meeting.RosterMember;

/** The {@link MeetingChannel} of a live meeting: its {@link MeetingPeer}'s roster and data messages. */
public final class PeerChannel implements MeetingChannel {

    private final MeetingPeer peer;

    public PeerChannel(MeetingPeer peer) {
        this.peer = peer;
    }

    @Override
    public int ownId() {
        return peer.ownId();
    }

    @Override
    public Optional<Member> member(int participantId) {
        return peer.view().flatMap(v -> v.roster().member(participantId)).map(PeerChannel::member);
    }

    @Override
    public List<Member> members() {
        return peer.view().map(v -> v.roster().members().stream().map(PeerChannel::member).toList())
                .orElse(List.of());
    }

    @Override
    public void toAll(DataType type, byte[] body) {
        peer.sendData(type, body);
    }

    @Override
    public void to(int participantId, DataType type, byte[] body) {
        peer.sendDataTo(participantId, type, body);
    }

    private static Member member(RosterMember m) {
        return new Member(m.participantId(), m.displayName(), m.role() != MemberRole.MEMBER);
    }
}
