package org.sealroom.client.media;

import java.util.Optional;
import java.util.function.Consumer;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.jitter.SyncGroup;
import org.sealroom.media.packet.MediaPacket;
import org.sealroom.media.stream.AudioReceiveStream;
import org.sealroom.media.stream.VideoReceiveStream;
import org.sealroom.media.video.FrameStamp;
import org.sealroom.media.video.FrameStampCodec;

/**
 * One remote participant's media on this receiver: their audio and camera, played in sync (one {@link SyncGroup}),
 * and their screen share on its own. Packets come in on the network thread ({@link #accept}); playout and rendering
 * happen on the playout thread.
 */
final class RemoteMedia implements AutoCloseable {

    private final ParticipantId id;
    private final MediaClock clock;
    private final MediaListeners listeners;
    private final VideoDemands demands;
    private final SenderMeter meter;
    private final AudioReceiveStream audio;
    private final VideoReceiveStream camera;
    private final VideoReceiveStream screen;
    private boolean closed;

    RemoteMedia(int participantId, String name, MediaEngine engine, KeyframeBackchannel keyframes,
            MediaListeners listeners, VideoDemands demands) {
        this.id = new ParticipantId(participantId);
        this.clock = engine.clock();
        this.listeners = listeners;
        this.demands = demands;
        this.meter = new SenderMeter(participantId, name);
        SyncGroup lipSync = new SyncGroup();
        this.audio = engine.audioReceive(StreamKind.AUDIO.context(), lipSync, frame -> { });
        this.camera = engine.videoReceive(StreamKind.VIDEO.context(), lipSync,
                streamId -> keyframes.requestKeyframe(participantId, streamId), pictures(VideoFrame.Source.CAMERA));
        // A screen share is not lip-synced: its slower, larger frames would delay the speaker's voice.
        this.screen = engine.videoReceive(StreamKind.SCREEN.context(), new SyncGroup(),
                streamId -> keyframes.requestKeyframe(participantId, streamId), pictures(VideoFrame.Source.SCREEN));
    }

    /** Network thread: one decrypted media frame. Malformed ones are dropped and counted. */
    void accept(StreamKind stream, int sequence, byte[] plaintext) {
        MediaPacket packet = MediaPacketCodec.decode(stream.context(), sequence, plaintext);
        if (packet == null) {
            meter.malformed();
            return;
        }
        meter.packet(stream);
        switch (stream) {
            case AUDIO -> audio.send(packet);
            case VIDEO -> camera.send(packet);
            case SCREEN -> screen.send(packet);
            case DATA -> { }
        }
    }

    /** This participant's next 20 ms of sound at {@code nowMicros} (silence once closed). */
    synchronized PcmFrame playout(long nowMicros) {
        if (closed) {
            return PcmFrame.silence(nowMicros);
        }
        PcmFrame frame = audio.playout(nowMicros);
        listeners.audioPlayed(id, frame);
        return frame;
    }

    /** Decodes and hands over every picture due at {@code nowMicros}. */
    synchronized void render(long nowMicros) {
        if (!closed) {
            camera.render(nowMicros);
            screen.render(nowMicros);
        }
    }

    SenderMediaStats stats() {
        return meter.snapshot(audio.jitterStats().played(), audio.concealedFrames(),
                camera.keyframeRequests() + screen.keyframeRequests());
    }

    private Consumer<I420Frame> pictures(VideoFrame.Source source) {
        ArgbConverter converter = new ArgbConverter(source);
        long[] decoded = {0};
        return picture -> {
            long now = clock.nowMicros();
            meter.decoded(source);
            long number = decoded[0]++;
            Optional<FrameStamp> stamp = FrameStampCodec.read(picture);
            if (stamp.isPresent()) {
                meter.stamp(stamp.get(), now);
                listeners.stampRead(id, source, stamp.get(), now);
            }
            listeners.picture(id, source, picture);
            if (listeners.wantsFrames() && demands.wants(id, source, System.nanoTime())) {
                listeners.videoFrame(id, converter.convert(picture, number));
            }
        };
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            audio.close();
            camera.close();
            screen.close();
        }
    }
}
