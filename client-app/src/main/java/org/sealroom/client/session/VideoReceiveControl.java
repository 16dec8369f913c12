package org.sealroom.client.session;

/**
 * Lets the UI say how much video it wants from each participant, offered by a {@link MeetingSession} that implements
 * it. A session that does not still delivers every frame; the UI then drops what it does not show.
 */
public interface VideoReceiveControl {

    void setVideoDemand(ParticipantId participant, VideoFrame.Source source, VideoDemand demand);
}
