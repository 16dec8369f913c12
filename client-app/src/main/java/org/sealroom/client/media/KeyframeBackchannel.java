package org.sealroom.client.media;

import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.protocol.meeting.DataType;

/** Where a receiver's keyframe requests go: to the sender of the stream, as a protected data message. */
@FunctionalInterface
public interface KeyframeBackchannel {

    void requestKeyframe(int senderId, int streamId);

    /** Through the meeting: an SFrame-protected {@link DataType#KEYFRAME_REQUEST} to the sender only. */
    static KeyframeBackchannel over(LiveMeetingSession session) {
        return (senderId, streamId) -> session.peer().sendDataTo(senderId, DataType.KEYFRAME_REQUEST,
                KeyframeRequestCodec.encode(streamId));
    }
}
