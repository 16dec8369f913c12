package org.sealroom.protocol.transport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sealroom.protocol.control.ControlMessage.ResumeRoom;
import org.sealroom.protocol.control.ControlMessage.RoomJoined;

/**
 * What the client must remember about its room to resume it after a reconnect, even after the relay restarted and
 * forgot everything: the credentials it joined with (owner token and verifiers for the owner), its id and the
 * resume token. Confined to the client's event loop.
 */
final class RoomState {
    final String roomId;
    final String ownerToken;
    final String admissionToken;
    final Set<String> verifiers = new LinkedHashSet<>();
    final Set<Integer> members = new LinkedHashSet<>();
    int participantId;
    String resumeToken;
    long resumeDeadlineNanos;
    boolean lobby;

    RoomState(String roomId, String ownerToken, String admissionToken, int participantId, String resumeToken) {
        this.roomId = roomId;
        this.ownerToken = ownerToken;
        this.admissionToken = admissionToken;
        this.participantId = participantId;
        this.resumeToken = resumeToken;
    }

    boolean owner() {
        return ownerToken != null;
    }

    ResumeRoom resumeRequest(long requestId) {
        return new ResumeRoom(requestId, roomId, participantId, resumeToken, admissionToken, ownerToken,
                new ArrayList<>(verifiers));
    }

    void joined(RoomJoined joined) {
        participantId = joined.participantId();
        resumeToken = joined.resumeToken();
        lobby = joined.lobby();
        members.clear();
        members.addAll(joined.members());
    }

    List<String> verifierList() {
        return List.copyOf(verifiers);
    }
}
