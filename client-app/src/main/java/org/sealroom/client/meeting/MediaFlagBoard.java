package org.sealroom.client.meeting;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has microphone, camera and screen share on (docs/protocol.md 8.1, type 0x40): this participant's own switches,
 * which it announces to everyone, and what each of the others last announced.
 */
final class MediaFlagBoard {

    record Flags(boolean microphone, boolean camera, boolean screen) {
        static final Flags OFF = new Flags(false, false, false);
    }

    private final Map<Integer, Flags> others = new ConcurrentHashMap<>();
    private volatile Flags own = Flags.OFF;

    Flags own() {
        return own;
    }

    Flags of(int participantId) {
        return others.getOrDefault(participantId, Flags.OFF);
    }

    void setMicrophone(boolean on) {
        own = new Flags(on, own.camera(), own.screen());
    }

    void setCamera(boolean on) {
        own = new Flags(own.microphone(), on, own.screen());
    }

    void setScreen(boolean on) {
        own = new Flags(own.microphone(), own.camera(), on);
    }

    /** The body that tells everyone this participant's switches. */
    byte[] announcement() {
        Flags now = own;
        return MediaStateCodec.encode(now.microphone(), now.camera(), now.screen());
    }

    /** Takes what {@code from} announced; a malformed body is an {@link IOException} and changes nothing. */
    void receive(int from, byte[] body) throws IOException {
        MediaStateCodec.MediaState state = MediaStateCodec.decode(body);
        others.put(from, new Flags(state.mic(), state.camera(), state.screen()));
    }
}
