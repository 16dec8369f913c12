package org.sealroom.client.meeting;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.ChatMessage;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.ReceivedData;
import org.sealroom.protocol.meeting.RosterMember;

/** Chat lines received in this meeting, in arrival order (which keeps each sender's order: one TLS stream). */
final class ChatInbox {

    private final List<ChatMessage> received = new CopyOnWriteArrayList<>();

    /** Decodes and keeps a chat line; a malformed one is an {@link IOException} and is not kept. */
    ChatMessage receive(RosterMember from, ReceivedData data, int ownId) throws IOException {
        ChatCodec.ChatBody body = ChatCodec.decode(data.body());
        Optional<ParticipantId> to = data.type() == DataType.PRIVATE_CHAT
                ? Optional.of(new ParticipantId(ownId)) : Optional.empty();
        ChatMessage message = new ChatMessage(new ParticipantId(from.participantId()), from.displayName(),
                body.text(), Instant.ofEpochMilli(body.sentAt()), to);
        received.add(message);
        return message;
    }

    List<ChatMessage> all() {
        return List.copyOf(received);
    }
}
