package org.sealroom.client.ui.meeting.video;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.session.VideoReceiveControl;

/**
 * Hands decoded frames from the session's threads straight to the tile showing them (no hop through the UI thread),
 * and tells the session how much video each tile wants when the session can act on it.
 */
public final class VideoFrameRouter {

    private final Map<VideoKey, FrameSink> sinks = new ConcurrentHashMap<>();
    private final Map<VideoKey, VideoDemand> demands = new ConcurrentHashMap<>();
    private final Optional<VideoReceiveControl> control;
    private final AtomicLong framesWithoutTile = new AtomicLong();

    public VideoFrameRouter(Optional<VideoReceiveControl> control) {
        this.control = control;
    }

    /** Session thread. */
    public void deliver(ParticipantId from, VideoFrame frame) {
        FrameSink sink = sinks.get(new VideoKey(from, frame.source()));
        if (sink == null) {
            framesWithoutTile.incrementAndGet();
            return;
        }
        sink.offer(frame);
    }

    public void attach(VideoKey key, FrameSink sink) {
        sinks.put(key, sink);
        sink.setDemand(demands.getOrDefault(key, VideoDemand.FULL));
    }

    public void detach(VideoKey key, FrameSink sink) {
        sinks.remove(key, sink);
        demands.remove(key);
    }

    /** Records what the screen shows of {@code key}; tells the tile and, on a change, the session. */
    public void demand(VideoKey key, VideoDemand demand) {
        VideoDemand previous = demands.put(key, demand);
        FrameSink sink = sinks.get(key);
        if (sink != null) {
            sink.setDemand(demand);
        }
        if (previous != demand) {
            control.ifPresent(c -> c.setVideoDemand(key.participant(), key.source(), demand));
        }
    }

    public VideoDemand demandOf(VideoKey key) {
        return demands.getOrDefault(key, VideoDemand.FULL);
    }

    /** Frames that arrived for a stream no tile shows (e.g. before the roster update that adds the tile). */
    public long framesWithoutTile() {
        return framesWithoutTile.get();
    }
}
