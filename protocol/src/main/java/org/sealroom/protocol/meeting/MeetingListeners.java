package org.sealroom.protocol.meeting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sealroom.crypto.epoch.StreamKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to every listener; one failing listener neither stops the others nor the peer. */
final class MeetingListeners implements MeetingListener {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingListeners.class);

    private final List<MeetingListener> listeners = new CopyOnWriteArrayList<>();

    void add(MeetingListener listener) {
        listeners.add(listener);
    }

    private void each(Consumer<MeetingListener> event) {
        for (MeetingListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("meeting listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public void hostVerified(HostAnnouncement announcement) {
        each(l -> l.hostVerified(announcement));
    }

    @Override
    public void lobbyChanged(List<LobbyRequest> lobby) {
        each(l -> l.lobbyChanged(lobby));
    }

    @Override
    public void passwordRefused(String reason) {
        each(l -> l.passwordRefused(reason));
    }

    @Override
    public void denied() {
        each(MeetingListener::denied);
    }

    @Override
    public void epochInstalled(EpochView view) {
        each(l -> l.epochInstalled(view));
    }

    @Override
    public void dataReceived(RosterMember from, ReceivedData data) {
        each(l -> l.dataReceived(from, data));
    }

    @Override
    public void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload) {
        each(l -> l.mediaReceived(from, stream, sequence, payload));
    }

    @Override
    public void warning(MeetingWarning warning) {
        each(l -> l.warning(warning));
    }

    @Override
    public void becameHost() {
        each(MeetingListener::becameHost);
    }

    @Override
    public void ended(String reason) {
        each(l -> l.ended(reason));
    }
}
