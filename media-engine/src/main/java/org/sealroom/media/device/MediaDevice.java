package org.sealroom.media.device;

/**
 * One device or capture target.
 *
 * @param id   stable identifier: the native descriptor of a camera or audio device, the source id of a screen or window
 * @param name what a person sees in a device picker
 */
public record MediaDevice(DeviceKind kind, String id, String name) {
}
