package org.sealroom.client.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sealroom.client.session.ParticipantId;
import org.sealroom.client.session.ScreenSharing;
import org.sealroom.client.session.SessionException;
import org.sealroom.client.session.ShareSource;
import org.sealroom.client.session.VideoDemand;
import org.sealroom.client.session.VideoFrame;
import org.sealroom.client.session.VideoReceiveControl;
import org.sealroom.media.device.DeviceStatus;

/**
 * The media of one live meeting: what this participant sends ({@link MediaSender}, chosen by the session's
 * {@link org.sealroom.client.session.MediaOptions}), what it receives and plays ({@link MediaReceiver}), its screen
 * share, and the keyframe requests that link them. Made by {@link SessionMediaFactory}; closed with the session.
 */
public final class SessionMedia implements ScreenSharing, VideoReceiveControl, AutoCloseable {

    private final MediaReceiver receiver;
    private final MediaSender sender;
    private final ScreenShare screen;
    private final KeyframeRequestRouter keyframes;
    private final LocalMediaTaps localTaps;

    SessionMedia(MediaReceiver receiver, MediaSender sender, ScreenShare screen, KeyframeRequestRouter keyframes,
            LocalMediaTaps localTaps) {
        this.localTaps = localTaps;
        this.receiver = receiver;
        this.sender = sender;
        this.screen = screen;
        this.keyframes = keyframes;
    }

    public MediaReceiver receiver() {
        return receiver;
    }

    public MediaSender sender() {
        return sender;
    }

    public ScreenShare screenShare() {
        return screen;
    }

    /** What this participant sends (microphone, camera, screen), as it is sent. */
    public LocalMediaTaps localTaps() {
        return localTaps;
    }

    /** Keyframe requests other participants sent this one. */
    public KeyframeRequestRouter keyframeRequests() {
        return keyframes;
    }

    /** Per remote participant (by room-local id), what arrived and how it decoded. */
    public Map<Integer, SenderMediaStats> stats() {
        return receiver.stats();
    }

    /** The state of every device this session uses or tried to, in words for the app. */
    public List<DeviceStatus> deviceStatuses() {
        List<DeviceStatus> all = new ArrayList<>(sender.statuses());
        screen.status().ifPresent(all::add);
        return all;
    }

    public void setMicrophoneEnabled(boolean on) {
        sender.setMicrophoneEnabled(on);
    }

    public void setCameraEnabled(boolean on) {
        sender.setCameraEnabled(on);
    }

    @Override
    public List<ShareSource> shareSources() throws SessionException {
        return screen.shareSources();
    }

    @Override
    public void startScreenShare(String sourceId) {
        screen.startScreenShare(sourceId);
    }

    @Override
    public void stopScreenShare() {
        screen.stopScreenShare();
    }

    @Override
    public void setVideoDemand(ParticipantId participant, VideoFrame.Source source, VideoDemand demand) {
        receiver.setVideoDemand(participant, source, demand);
    }

    /** Stops sending first, then receiving. */
    @Override
    public void close() {
        screen.close();
        sender.close();
        receiver.close();
    }
}
