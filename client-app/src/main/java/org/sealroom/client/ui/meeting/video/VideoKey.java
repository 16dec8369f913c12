package org.sealroom.client.ui.meeting.video;

import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoFrame;

/** One video stream: a participant's camera or screen. */
public record VideoKey(ParticipantId participant, VideoFrame.Source source) {

    public static VideoKey camera(ParticipantId participant) {
        return new VideoKey(participant, VideoFrame.Source.CAMERA);
    }

    public static VideoKey screen(ParticipantId participant) {
        return new VideoKey(participant, VideoFrame.Source.SCREEN);
    }
}
