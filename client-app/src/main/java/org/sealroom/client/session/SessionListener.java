package org.sealroom.client.session;

/** Receives session events. Every method has a no-op default so front ends implement only what they show. */
public interface SessionListener {

    default void phaseChanged(SessionPhase phase, String reason) {}

    default void participantsChanged() {}

    default void lobbyChanged() {}

    default void e2eeChanged(E2eeStatus status) {}

    default void connectionChanged(ConnectionStatus status) {}

    default void chatReceived(ChatMessage message) {}

    default void securityWarning(SecurityWarning warning) {}

    default void videoFrame(ParticipantId from, VideoFrame frame) {}

    default void reactionReceived(ParticipantId from, String fromName, Reaction reaction) {}

    default void pollsChanged() {}

    default void fileTransfersChanged() {}
    /** Someone started, paused, resumed or stopped recording, or this participant's recording changed. */
    default void recordingChanged() {}
    // ---- remote control (issue #7) ----

    /** Sharer: a viewer asks for control; answer with {@link RemoteControl#approve} or {@link RemoteControl#deny}. */
    default void remoteControlRequested(RemoteControlRequest request) {}

    /** Either side: remote control started, ended, was denied, or a request expired. */
    default void remoteControlChanged(RemoteControlStatus status) {}
}
