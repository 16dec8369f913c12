package org.sealroom.client.collab;

import java.util.List;
import java.util.Optional;
import org.sealroom.protocol.meeting.DataType;

/** What the collaboration features need of a meeting: who is in it, and a way to send protected data messages. */
public interface MeetingChannel {

    /** A roster member as the features see it; {@code moderator}: the host or a co-host. */
    record Member(int id, String name, boolean moderator) {}

    int ownId();

    Optional<Member> member(int participantId);

    /** The current epoch's roster, this participant included. */
    List<Member> members();

    void toAll(DataType type, byte[] body);

    /** To one member; {@linkplain DataType#sealed() sealed} types are also sealed to its key. */
    void to(int participantId, DataType type, byte[] body);

    default boolean iModerate() {
        return member(ownId()).map(Member::moderator).orElse(false);
    }

    default String nameOf(int participantId) {
        return member(participantId).map(Member::name).orElse("#" + participantId);
    }
}
