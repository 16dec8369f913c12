package org.sealroom.client.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.video.FrameStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears about received media: pictures for the screen (and decoded ones for recordings), stamps for measurements,
 * played audio for meters, recordings and tests. Called on the media playout thread (audio: on the speaker's thread when one plays); a listener that throws is
 * logged and the others still hear.
 */
public final class MediaListeners {

    private static final Logger LOG = LoggerFactory.getLogger(MediaListeners.class);

    /** Decoded pictures as front ends draw them; the buffer is valid until the next picture of the same source. */
    @FunctionalInterface
    public interface FrameListener {
        void videoFrame(ParticipantId from, VideoFrame frame);
    }

    /** A {@link FrameStamp} read back from a decoded picture, with the receiver's clock when it was decoded (µs). */
    @FunctionalInterface
    public interface StampListener {
        void stampRead(ParticipantId from, VideoFrame.Source source, FrameStamp stamp, long decodedMicros);
    }

    /** Each 20 ms a remote participant's audio plays (decoded, concealed or silence), before mixing. */
    @FunctionalInterface
    public interface AudioListener {
        void audioPlayed(ParticipantId from, PcmFrame frame);
    }

    /** Decoded pictures as the media engine made them (I420), such as for a recording; the picture is not reused. */
    @FunctionalInterface
    public interface PictureListener {
        void picture(ParticipantId from, VideoFrame.Source source, I420Frame picture);
    }

    private final List<FrameListener> frames = new CopyOnWriteArrayList<>();
    private final List<StampListener> stamps = new CopyOnWriteArrayList<>();
    private final List<AudioListener> audio = new CopyOnWriteArrayList<>();
    private final List<PictureListener> pictures = new CopyOnWriteArrayList<>();

    public void addFrameListener(FrameListener listener) {
        frames.add(listener);
    }

    public void addStampListener(StampListener listener) {
        stamps.add(listener);
    }

    public void addAudioListener(AudioListener listener) {
        audio.add(listener);
    }

    public void addPictureListener(PictureListener listener) {
        pictures.add(listener);
    }

    boolean wantsFrames() {
        return !frames.isEmpty();
    }

    void videoFrame(ParticipantId from, VideoFrame frame) {
        for (FrameListener listener : frames) {
            guarded(() -> listener.videoFrame(from, frame));
        }
    }

    void picture(ParticipantId from, VideoFrame.Source source, I420Frame picture) {
        for (PictureListener listener : pictures) {
            guarded(() -> listener.picture(from, source, picture));
        }
    }

    void stampRead(ParticipantId from, VideoFrame.Source source, FrameStamp stamp, long decodedMicros) {
        for (StampListener listener : stamps) {
            guarded(() -> listener.stampRead(from, source, stamp, decodedMicros));
        }
    }

    void audioPlayed(ParticipantId from, PcmFrame frame) {
        for (AudioListener listener : audio) {
            guarded(() -> listener.audioPlayed(from, frame));
        }
    }

    static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("media listener failed: {}", e.toString());
        }
    }
}
