package org.sealroom.media.device;

/** A device that appeared ({@code connected}) or went away. */
public record DeviceChange(MediaDevice device, boolean connected) {
}
