package org.sealroom.client.meeting;

import java.util.function.Consumer;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.protocol.meeting.MeetingOutbox;
import org.sealroom.protocol.meeting.MeetingPeer;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.ReceivedMedia;
import org.sealroom.protocol.transport.ReceivedMessage;
import org.sealroom.protocol.transport.RelayClient;
import org.sealroom.protocol.transport.RelayClientListener;
import org.sealroom.protocol.transport.TransportState;
import org.sealroom.protocol.wire.MediaPriority;

/**
 * Joins the relay transport and the meeting layer: relay events go to the {@link MeetingPeer}, the peer's messages
 * go out through the {@link RelayClient}. Events that arrive before the peer exists (between joining the room and
 * starting the peer) wait for it.
 */
final class RelayBridge implements RelayClientListener, MeetingOutbox {

    private final Consumer<TransportState> stateChanges;
    private final Consumer<MembershipEvent.RoomClosed> roomClosed;
    private final java.util.List<Runnable> early = new java.util.ArrayList<>();
    private volatile RelayClient client;
    private volatile MeetingPeer peer;

    RelayBridge(Consumer<TransportState> stateChanges, Consumer<MembershipEvent.RoomClosed> roomClosed) {
        this.stateChanges = stateChanges;
        this.roomClosed = roomClosed;
    }

    void client(RelayClient relayClient) {
        this.client = relayClient;
    }

    /** Attaches the peer and replays what arrived before it. */
    void attach(MeetingPeer meetingPeer) {
        synchronized (early) {
            this.peer = meetingPeer;
            early.forEach(Runnable::run);
            early.clear();
        }
    }

    private void toPeer(Consumer<MeetingPeer> event) {
        MeetingPeer attached = peer;
        if (attached != null) {
            event.accept(attached);
            return;
        }
        synchronized (early) {
            if (peer == null) {
                early.add(() -> event.accept(peer));
                return;
            }
        }
        event.accept(peer);
    }

    @Override
    public void onMessage(ReceivedMessage message) {
        toPeer(p -> p.onPayload(message.sender(), message.payload()));
    }

    @Override
    public void onMedia(ReceivedMedia media) {
        MeetingPeer attached = peer;
        if (attached != null) {
            attached.onMedia(media.sender(), media.streamId(), media.sequence(), media.payload());
        }
    }

    @Override
    public void onMembership(MembershipEvent event) {
        switch (event) {
            case MembershipEvent.ParticipantJoined joined -> toPeer(p -> p.onParticipantJoined(joined.participantId()));
            case MembershipEvent.LobbyJoined lobby -> toPeer(p -> p.onLobbyJoined(lobby.participantId()));
            case MembershipEvent.ParticipantLeft left -> toPeer(p -> p.onParticipantLeft(left.participantId()));
            case MembershipEvent.RoomResumed resumed -> toPeer(p -> p.onResumed(resumed.participantId(),
                    resumed.members()));
            case MembershipEvent.RoomClosed closed -> roomClosed.accept(closed);
        }
    }

    @Override
    public void onStateChanged(TransportState state) {
        stateChanges.accept(state);
    }

    @Override
    public void toAll(byte[] payload) {
        client.sendToAll(payload);
    }

    @Override
    public void to(int participantId, byte[] payload) {
        client.sendTo(participantId, payload);
    }

    @Override
    public void media(StreamKind stream, int sequence, byte[] frame) {
        client.sendMedia(stream.context(), sequence, frame,
                stream == StreamKind.AUDIO ? MediaPriority.AUDIO : MediaPriority.VIDEO);
    }

    @Override
    public void kick(int participantId) {
        client.kick(participantId);
    }

    @Override
    public void promote(int participantId) {
        client.promote(participantId);
    }
}
