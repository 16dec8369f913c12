package org.sealroom.client.media;

import java.util.List;
import org.sealroom.media.device.DeviceStatus;

/** What this participant sends: generated test media, real devices, or nothing. Every method is non-blocking. */
public interface MediaSender extends AutoCloseable {

    /** Sends nothing. */
    MediaSender NONE = new MediaSender() {
        @Override
        public void setMicrophoneEnabled(boolean on) {
        }

        @Override
        public void setCameraEnabled(boolean on) {
        }

        @Override
        public List<DeviceStatus> statuses() {
            return List.of();
        }

        @Override
        public void close() {
        }
    };

    /** Mutes or unmutes: a muted microphone sends nothing. */
    void setMicrophoneEnabled(boolean on);

    /** Starts or stops sending the camera's picture. */
    void setCameraEnabled(boolean on);

    /** The state of each device used, in words for the app ("no microphone found (...)"). */
    List<DeviceStatus> statuses();

    @Override
    void close();
}
