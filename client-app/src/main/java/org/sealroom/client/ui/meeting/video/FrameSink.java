package org.sealroom.client.ui.meeting.video;

import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;

/** Where one participant's video of one source goes: a tile on screen. */
public interface FrameSink {

    /** Called on a session thread; the frame's buffer is only valid during the call. */
    void offer(VideoFrame frame);

    /** How much of this video the screen shows now; sinks drop what they would not show. */
    void setDemand(VideoDemand demand);
}
