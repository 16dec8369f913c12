package org.sealroom.client.media;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sealroom.client.meeting.LiveMeetingSession;
import org.sealroom.client.session.DeviceSelection;
import org.sealroom.client.session.MediaOptions;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.SessionListener;
import org.sealroom.media.MediaClock;
import org.sealroom.media.MediaEngine;

/**
 * Gives each live meeting its {@link SessionMedia}, by its {@link MediaOptions}: {@code SYNTHETIC} sends a tone and
 * the stamped test pattern, {@code DEVICES} the chosen microphone and camera (and plays through the chosen speakers),
 * {@code NONE} sends nothing. Every mode receives, decodes and measures what the others send; without speakers the
 * sound is played out (and measured) but not heard.
 */
public final class SessionMediaFactory {

    static final String NO_MEDIA = "Screen sharing needs media, and this meeting was started without it.";

    private final DeviceAccess devices;
    private final Supplier<DeviceSelection> selection;

    /** @param selection the devices chosen in settings, read when each meeting starts */
    public SessionMediaFactory(MediaEngine engine, Supplier<DeviceSelection> selection) {
        this(DeviceAccess.of(engine), selection);
    }

    SessionMediaFactory(DeviceAccess devices, Supplier<DeviceSelection> selection) {
        this.devices = devices;
        this.selection = selection;
    }

    /** The system's default devices, on the system media clock: for the headless client and tests. */
    public static SessionMediaFactory withSystemDefaults() {
        return new SessionMediaFactory(new MediaEngine(MediaClock.system()), () -> DeviceSelection.SYSTEM_DEFAULTS);
    }

    /**
     * Attaches media to {@code session}, in which this participant is {@code ownId}: decrypted media goes to a new
     * {@link MediaReceiver}, keyframe requests to the send streams, decoded pictures (and the own camera's self view)
     * to {@code frames}.
     */
    public SessionMedia attach(LiveMeetingSession session, MediaOptions options, int ownId,
            MediaListeners.FrameListener frames) {
        MediaEngine engine = devices.engine();
        KeyframeRequestRouter keyframes = new KeyframeRequestRouter(engine.clock());
        session.addDataHandler(keyframes);
        MediaReceiver receiver = new MediaReceiver(engine, KeyframeBackchannel.over(session));
        receiver.listeners().addFrameListener(frames);
        session.addMediaSink(receiver);
        session.addListener(new SessionListener() {
            @Override
            public void participantsChanged() {
                Set<Integer> present = session.participants().stream().map(p -> (int) p.id().value())
                        .collect(Collectors.toSet());
                receiver.retainSenders(present);
            }
        });
        MediaOut out = session::sendMedia;
        LocalMediaTaps taps = new LocalMediaTaps();
        MediaSender sender = switch (options.mode()) {
            case SYNTHETIC -> SyntheticMediaSender.start(engine, out, keyframes, SyntheticMediaSender.toneFor(ownId),
                    options.microphoneOn(), options.cameraOn(), taps);
            case DEVICES -> DeviceMedia.open(devices, selection.get(), out, keyframes, receiver,
                    selfView -> frames.videoFrame(new ParticipantId(ownId), selfView), options.microphoneOn(),
                    options.cameraOn(), taps);
            case NONE -> MediaSender.NONE;
        };
        ScreenShare screen = switch (options.mode()) {
            case SYNTHETIC -> ScreenShare.synthetic(engine, out, keyframes, taps);
            case DEVICES -> ScreenShare.ofDevices(devices, out, keyframes, taps);
            case NONE -> ScreenShare.unavailable(NO_MEDIA, keyframes);
        };
        return new SessionMedia(receiver, sender, screen, keyframes, taps);
    }
}
