package org.sealroom.relay.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.protocol.transport.MembershipEvent;
import org.sealroom.protocol.transport.ReceivedMedia;
import org.sealroom.protocol.transport.ReceivedMessage;
import org.sealroom.protocol.transport.RelayClientListener;
import org.sealroom.protocol.transport.TransportState;

/** Records everything a client is told, for tests to wait on and inspect. */
public class Recorder implements RelayClientListener {
    public final List<ReceivedMessage> messages = new CopyOnWriteArrayList<>();
    public final List<ReceivedMedia> media = new CopyOnWriteArrayList<>();
    public final List<MembershipEvent> membership = new CopyOnWriteArrayList<>();
    public final List<TransportState> states = new CopyOnWriteArrayList<>();

    @Override
    public void onMessage(ReceivedMessage message) {
        messages.add(message);
    }

    @Override
    public void onMedia(ReceivedMedia received) {
        media.add(received);
    }

    @Override
    public void onMembership(MembershipEvent event) {
        membership.add(event);
    }

    @Override
    public void onStateChanged(TransportState state) {
        states.add(state);
    }

    public <T extends MembershipEvent> List<T> events(Class<T> type) {
        return membership.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
