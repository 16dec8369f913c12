package org.sealroom.client.session;

import java.util.List;

/**
 * Remote control of a shared screen (issue #7): a viewer asks the sharer for control, the sharer approves each
 * request explicitly, and while the grant lasts the viewer's pointer and keys act on the sharer's shared screen.
 * Never granted by default; control ends when either side stops it, when sharing stops, or when the viewer leaves.
 * Every action is non-blocking; changes arrive as {@link SessionListener#remoteControlChanged}.
 */
public interface RemoteControl {

    RemoteControlStatus status();

    /** Requests that wait for this sharer's answer (they expire unanswered). */
    List<RemoteControlRequest> pendingRequests();

    /** Viewer: asks {@code sharer} for control of the screen it shares. */
    void requestControl(ParticipantId sharer);

    /** Viewer: one pointer or key event for the controlled screen; ignored unless controlling. */
    void sendInput(RemoteInput input);

    /** Sharer: lets the request's sender control the shared screen until stopped. */
    void approve(RemoteControlRequest request);

    /** Sharer: refuses the request. */
    void deny(RemoteControlRequest request);

    /** Either side, at once: the sharer takes control back, or the viewer gives it back or withdraws its request. */
    void stopControl();
}
