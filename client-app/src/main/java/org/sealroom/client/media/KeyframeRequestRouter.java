package org.sealroom.client.media;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sealroom.media.MediaClock;
import org.sealroom.media.stream.VideoSendStream;
import org.sealroom.protocol.meeting.DataType;
import org.sealroom.protocol.meeting.ReceivedData;

/**
 * The sender's side of keyframe requests: takes {@link DataType#KEYFRAME_REQUEST} messages (register it with
 * {@code LiveMeetingSession.addDataHandler}) and asks the named video send stream for a keyframe. Receivers repeat a
 * request every 100 ms while they wait, and many receivers may ask at once, so at most one request per stream is
 * honoured per {@value #MIN_INTERVAL_MICROS} µs: a keyframe already on its way answers them all. Malformed requests
 * and requests for a stream this participant does not send are dropped and counted.
 */
public final class KeyframeRequestRouter implements Consumer<ReceivedData> {

    static final long MIN_INTERVAL_MICROS = 200_000;

    private record Route(VideoSendStream stream, AtomicLong lastHonoured) {}

    private final MediaClock clock;
    private final Map<Integer, Route> routes = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong honoured = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public KeyframeRequestRouter(MediaClock clock) {
        this.clock = clock;
    }

    /** Requests for {@code streamId} go to {@code stream} from now on. */
    public void route(int streamId, VideoSendStream stream) {
        routes.put(streamId, new Route(stream, new AtomicLong(Long.MIN_VALUE)));
    }

    /** Stops routing to {@code stream} (it was closed). */
    public void unroute(int streamId, VideoSendStream stream) {
        routes.computeIfPresent(streamId, (id, route) -> route.stream() == stream ? null : route);
    }

    @Override
    public void accept(ReceivedData data) {
        if (data.type() != DataType.KEYFRAME_REQUEST) {
            return;
        }
        received.incrementAndGet();
        OptionalInt streamId = KeyframeRequestCodec.decode(data.body());
        Route route = streamId.isPresent() ? routes.get(streamId.getAsInt()) : null;
        if (route == null) {
            dropped.incrementAndGet();
            return;
        }
        long now = clock.nowMicros();
        long last = route.lastHonoured().get();
        if (last != Long.MIN_VALUE && now - last < MIN_INTERVAL_MICROS
                || !route.lastHonoured().compareAndSet(last, now)) {
            return;
        }
        honoured.incrementAndGet();
        route.stream().requestKeyframe();
    }

    /** Keyframe request messages that arrived. */
    public long requestsReceived() {
        return received.get();
    }

    /** Requests that made a send stream produce a keyframe. */
    public long requestsHonoured() {
        return honoured.get();
    }

    /** Malformed requests, and requests for a stream not sent. */
    public long requestsDropped() {
        return dropped.get();
    }
}
