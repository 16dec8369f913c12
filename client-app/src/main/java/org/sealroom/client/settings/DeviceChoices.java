package org.sealroom.client.settings;

import java.util.Optional;
import org.sealroom.client.session.DeviceSelection;

/** The stored device ids; empty strings mean the system default. */
public record DeviceChoices(String microphoneId, String speakerId, String cameraId) {

    public static final DeviceChoices SYSTEM_DEFAULTS = new DeviceChoices("", "", "");

    public DeviceChoices {
        microphoneId = orEmpty(microphoneId);
        speakerId = orEmpty(speakerId);
        cameraId = orEmpty(cameraId);
    }

    public static DeviceChoices of(DeviceSelection selection) {
        return new DeviceChoices(
                selection.microphoneId().orElse(""), selection.speakerId().orElse(""), selection.cameraId().orElse(""));
    }

    public DeviceSelection toSelection() {
        return new DeviceSelection(present(microphoneId), present(speakerId), present(cameraId));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Optional<String> present(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
