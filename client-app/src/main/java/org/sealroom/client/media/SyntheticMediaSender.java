package org.sealroom.client.media;

import java.util.List;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.crypto.epoch.StreamKind;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;
import org.sealroom.media.audio.ToneGenerator;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.device.AudioInput;
import org.sealroom.media.device.DeviceStatus;
import org.sealroom.media.device.SyntheticAudioInput;
import org.sealroom.media.device.VideoSource;
import org.sealroom.media.pipeline.StageStats;
import org.sealroom.media.stream.AudioSendStream;
import org.sealroom.media.stream.VideoSendStream;

/**
 * Sends generated media through the real path ({@code --synthetic-media}): a tone (Opus) and a numbered,
 * time-stamped test pattern (VP8), encoded by the media engine, then protected and sent through the {@link MediaOut}.
 * Keyframe requests for the pattern reach its stream through the {@link KeyframeRequestRouter}.
 */
public final class SyntheticMediaSender implements MediaSender {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    public static final int FRAME_RATE = 15;

    private final KeyframeRequestRouter keyframes;
    private final AudioInput audioInput;
    private final VideoSource videoSource;
    private final AudioSendStream audio;
    private final VideoSendStream video;
    private final FeedSwitch<PcmFrame> microphone;
    private final FeedSwitch<I420Frame> camera;

    private SyntheticMediaSender(MediaEngine engine, MediaOut out, KeyframeRequestRouter keyframes, double toneHz,
            boolean microphoneOn, boolean cameraOn, LocalMediaTaps taps) {
        this.keyframes = keyframes;
        this.audio = engine.audioSend(StreamKind.AUDIO.context(), null, out.packetsOn(StreamKind.AUDIO));
        this.video = engine.cameraSend(StreamKind.VIDEO.context(), out.packetsOn(StreamKind.VIDEO));
        this.audioInput = new SyntheticAudioInput(new ToneGenerator(toneHz, -20), engine.clock());
        this.videoSource = engine.syntheticCamera(WIDTH, HEIGHT, FRAME_RATE);
        this.microphone = new FeedSwitch<>(frame -> {
            audio.accept(frame);
            taps.microphone(frame);
        }, microphoneOn);
        this.camera = new FeedSwitch<>(picture -> {
            video.accept(picture);
            taps.camera(picture);
        }, cameraOn);
    }

    /** Starts sending a {@code toneHz} tone and the test pattern at once. */
    public static SyntheticMediaSender start(MediaEngine engine, MediaOut out, KeyframeRequestRouter keyframes,
            double toneHz, boolean microphoneOn, boolean cameraOn) {
        return start(engine, out, keyframes, toneHz, microphoneOn, cameraOn, new LocalMediaTaps());
    }

    /** Starts sending a {@code toneHz} tone and the test pattern at once; {@code taps} see what is sent. */
    static SyntheticMediaSender start(MediaEngine engine, MediaOut out, KeyframeRequestRouter keyframes,
            double toneHz, boolean microphoneOn, boolean cameraOn, LocalMediaTaps taps) {
        SyntheticMediaSender sender = new SyntheticMediaSender(engine, out, keyframes, toneHz, microphoneOn,
                cameraOn, taps);
        keyframes.route(StreamKind.VIDEO.context(), sender.video);
        sender.audioInput.start(sender.microphone);
        sender.videoSource.start(sender.camera);
        return sender;
    }

    /**
     * Sends test media into {@code session} by hand, whatever its {@link org.sealroom.client.session.MediaOptions}
     * (tests and benchmarks that start media late), answering keyframe requests that reach the session.
     */
    public static SyntheticMediaSender start(LiveMeetingSession session, double toneHz) {
        MediaEngine engine = new MediaEngine(MediaClock.system());
        KeyframeRequestRouter keyframes = new KeyframeRequestRouter(engine.clock());
        session.addDataHandler(keyframes);
        return start(engine, session::sendMedia, keyframes, toneHz, true, true);
    }

    /** A tone per participant (300..1000 Hz by room-local id), so a listener can tell who it hears. */
    public static double toneFor(int participantId) {
        return 300 + 100 * Math.floorMod(participantId, 8);
    }

    @Override
    public void setMicrophoneEnabled(boolean on) {
        microphone.setOn(on);
    }

    @Override
    public void setCameraEnabled(boolean on) {
        camera.setOn(on);
    }

    /** Test-pattern pictures encoded so far (sent, or dropped while there was no epoch to send under). */
    public long videoFramesEncoded() {
        return video.stats().stream().filter(stage -> stage.stage().equals("vp8-encoder"))
                .mapToLong(StageStats::emitted).sum();
    }

    /** Keyframes the pattern's encoder made: the first, and one per honoured request. */
    public long keyframesSent() {
        return video.keyframesSent();
    }

    @Override
    public List<DeviceStatus> statuses() {
        return List.of(audioInput.status(), videoSource.status());
    }

    @Override
    public void close() {
        keyframes.unroute(StreamKind.VIDEO.context(), video);
        microphone.close();
        camera.close();
        audioInput.close();
        videoSource.close();
        audio.close();
        video.close();
    }
}
