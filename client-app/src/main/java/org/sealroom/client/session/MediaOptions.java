package org.sealroom.client.session;

/** Which media a session sends: real devices, generated test media, or none. */
public record MediaOptions(Mode mode, boolean microphoneOn, boolean cameraOn) {

    public enum Mode { DEVICES, SYNTHETIC, NONE }

    public static final MediaOptions NONE = new MediaOptions(Mode.NONE, false, false);
}
