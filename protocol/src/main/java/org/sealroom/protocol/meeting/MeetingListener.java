package org.sealroom.protocol.meeting;

import java.util.List;
import org.sealroom.crypto.epoch.StreamKind;

/** Events of one meeting peer. Called on the peer's thread; keep them short. */
public interface MeetingListener {

    /** Joiner: the host's announcement checked out against the link; the join request is on its way. */
    default void hostVerified(HostAnnouncement announcement) {}

    default void lobbyChanged(List<LobbyRequest> lobby) {}

    default void denied() {}

    /** Password joiner: the host refused the typed password ({@code reason} says why); nothing more happens. */
    default void passwordRefused(String reason) {}

    /** A new epoch is installed; the first call means this member was admitted. */
    default void epochInstalled(EpochView view) {}

    default void dataReceived(RosterMember from, ReceivedData data) {}

    default void mediaReceived(RosterMember from, StreamKind stream, int sequence, byte[] payload) {}

    default void warning(MeetingWarning warning) {}

    /** This peer now distributes keys (handover, or a co-host taking over). */
    default void becameHost() {}

    default void ended(String reason) {}
}
