package org.sealroom.client.media;

import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaClock;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.OpusSettings;
import org.sealroom.media.device.SyntheticAudioInput;
import org.sealroom.media.device.SyntheticVideoSource;
import org.sealroom.media.packet.PacketSink;
import org.sealroom.media.stream.AudioSendStream;
import org.sealroom.media.stream.VideoSendStream;

/**
 * Sends generated media through the real path: a tone (Opus) and a numbered, time-stamped test pattern (VP8),
 * encoded by the media engine, then protected and sent by the session.
 */
public final class SyntheticMediaSender implements AutoCloseable {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    public static final int FRAME_RATE = 15;

    private final SyntheticAudioInput audioInput;
    private final SyntheticVideoSource videoSource;
    private final AudioSendStream audio;
    private final VideoSendStream video;

    private SyntheticMediaSender(LiveMeetingSession session, double toneHz) {
        MediaClock clock = MediaClock.system();
        this.audio = new AudioSendStream(StreamKind.AUDIO.context(), OpusSettings.voice(), null, false,
                sink(session, StreamKind.AUDIO));
        this.video = VideoSendStream.camera(StreamKind.VIDEO.context(), sink(session, StreamKind.VIDEO));
        this.audioInput = new SyntheticAudioInput(new ToneGenerator(toneHz, -20), clock);
        this.videoSource = new SyntheticVideoSource(WIDTH, HEIGHT, FRAME_RATE, clock);
    }

    public static SyntheticMediaSender start(LiveMeetingSession session, double toneHz) {
        SyntheticMediaSender sender = new SyntheticMediaSender(session, toneHz);
        sender.audioInput.start(sender.audio);
        sender.videoSource.start(sender.video);
        return sender;
    }

    /** Asks the video encoder for a keyframe, as a receiver that lost packets does. */
    public void requestKeyframe() {
        video.requestKeyframe();
    }

    private static PacketSink sink(LiveMeetingSession session, StreamKind stream) {
        return packet -> session.sendMedia(stream, packet.sequence(), MediaPacketCodec.encode(packet));
    }

    @Override
    public void close() {
        audioInput.close();
        videoSource.close();
        audio.close();
        video.close();
    }
}
