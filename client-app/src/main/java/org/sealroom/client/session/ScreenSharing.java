package org.sealroom.client.session;

import java.util.List;

/**
 * Screen sharing, offered by a {@link MeetingSession} that implements it (front ends test with {@code instanceof}, so
 * the meeting facade stays unchanged). The shared picture reaches others as {@link VideoFrame.Source#SCREEN} frames.
 */
public interface ScreenSharing {

    /** The screens and windows that can be shared now; may block while thumbnails are captured. */
    List<ShareSource> shareSources() throws SessionException;

    /** Starts sharing {@code sourceId}, replacing any current share. Non-blocking. */
    void startScreenShare(String sourceId);

    void stopScreenShare();
}
