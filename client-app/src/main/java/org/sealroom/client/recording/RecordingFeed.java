package org.sealroom.client.recording;

import java.util.concurrent.atomic.AtomicReference;
import org.sealroom.client.media.LocalMediaTaps;
import org.sealroom.client.media.SessionMedia;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;
import org.sealroom.media.recording.MeetingRecorder;

/**
 * Feeds a meeting's decoded media to the recorder running now, if any: every remote participant's sound as played
 * and their decoded camera and screen pictures, and this participant's own microphone, camera and screen as sent.
 * The taps go onto the session's media once and stay; between recordings they pass nothing on.
 */
final class RecordingFeed {

    private final AtomicReference<MeetingRecorder> target = new AtomicReference<>();
    private boolean installed;

    /** Starts feeding {@code recorder}, in which this participant is {@code ownId}. */
    synchronized void feed(SessionMedia media, int ownId, MeetingRecorder recorder) {
        if (!installed) {
            install(media, ownId);
            installed = true;
        }
        target.set(recorder);
    }

    void stop() {
        target.set(null);
    }

    private void install(SessionMedia media, int ownId) {
        var remote = media.receiver().listeners();
        remote.addAudioListener((from, frame) -> each(r -> r.audio((int) from.value(), frame)));
        remote.addPictureListener((from, source, picture) -> each(r -> {
            if (source == VideoFrame.Source.SCREEN) {
                r.screen((int) from.value(), picture);
            } else {
                r.camera((int) from.value(), picture);
            }
        }));
        media.localTaps().add(new LocalMediaTaps.Tap() {
            @Override
            public void microphone(PcmFrame frame) {
                each(r -> r.audio(ownId, frame));
            }

            @Override
            public void camera(I420Frame picture) {
                each(r -> r.camera(ownId, picture));
            }

            @Override
            public void screen(I420Frame picture) {
                each(r -> r.screen(ownId, picture));
            }
        });
    }

    private void each(java.util.function.Consumer<MeetingRecorder> step) {
        MeetingRecorder recorder = target.get();
        if (recorder != null) {
            step.accept(recorder);
        }
    }
}
