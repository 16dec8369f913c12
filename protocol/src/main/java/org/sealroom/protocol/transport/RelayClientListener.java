package org.sealroom.protocol.transport;

/**
 * Callbacks from a {@link RelayClient}, all on the client's event-loop thread, in order. Return quickly: while a
 * callback runs, nothing else is read from the relay (which is how a slow client applies backpressure).
 */
public interface RelayClientListener {
    default void onMessage(ReceivedMessage message) {
    }

    default void onMedia(ReceivedMedia media) {
    }

    default void onMembership(MembershipEvent event) {
    }

    default void onStateChanged(TransportState state) {
    }
}
