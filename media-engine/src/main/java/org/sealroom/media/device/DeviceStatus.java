package org.sealroom.media.device;

import java.util.Objects;

/**
 * The state of one kind of device, as the app shows it: available, available through a fallback, or unavailable with
 * a plain reason such as "no microphone found".
 */
public record DeviceStatus(DeviceKind kind, Availability availability, String message) {
    public enum Availability { AVAILABLE, FALLBACK, UNAVAILABLE }

    public DeviceStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(message, "message");
    }

    public static DeviceStatus available(DeviceKind kind, int count) {
        return new DeviceStatus(kind, Availability.AVAILABLE, count + " " + kind.label() + (count == 1 ? "" : "s")
                + " found");
    }

    public static DeviceStatus fallback(DeviceKind kind, String message) {
        return new DeviceStatus(kind, Availability.FALLBACK, message);
    }

    public static DeviceStatus unavailable(DeviceKind kind, String message) {
        return new DeviceStatus(kind, Availability.UNAVAILABLE, message);
    }

    /** "no camera found", with {@code why} in brackets when there is more to say. */
    public static DeviceStatus noneFound(DeviceKind kind, String why) {
        return unavailable(kind, "no " + kind.label() + " found" + (why == null || why.isEmpty() ? "" : " (" + why + ")"));
    }

    public boolean usable() {
        return availability != Availability.UNAVAILABLE;
    }
}
