package org.sealroom.client.session;

import java.util.Optional;

/** The devices meetings use; an empty choice means the system default. */
public record DeviceSelection(Optional<String> microphoneId, Optional<String> speakerId, Optional<String> cameraId) {

    public static final DeviceSelection SYSTEM_DEFAULTS =
            new DeviceSelection(Optional.empty(), Optional.empty(), Optional.empty());
}
