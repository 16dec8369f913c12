package org.sealroom.client.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sealroom.media.codec.I420Frame;
import org.sealroom.media.codec.PcmFrame;

/**
 * What this participant sends, as it is sent: the microphone's 20 ms frames while unmuted, the camera's pictures
 * while on, the shared screen's pictures while sharing (such as for a recording of the meeting as this participant
 * sees it). Called on capture threads; a tap that throws is logged and the others still see.
 */
public final class LocalMediaTaps {

    /** Sees this participant's own media; pictures are not reused after they are handed over. */
    public interface Tap {
        default void microphone(PcmFrame frame) {}

        default void camera(I420Frame picture) {}

        default void screen(I420Frame picture) {}
    }

    private final List<Tap> taps = new CopyOnWriteArrayList<>();

    public void add(Tap tap) {
        taps.add(tap);
    }

    void microphone(PcmFrame frame) {
        taps.forEach(tap -> MediaListeners.guarded(() -> tap.microphone(frame)));
    }

    void camera(I420Frame picture) {
        taps.forEach(tap -> MediaListeners.guarded(() -> tap.camera(picture)));
    }

    void screen(I420Frame picture) {
        taps.forEach(tap -> MediaListeners.guarded(() -> tap.screen(picture)));
    }

}
