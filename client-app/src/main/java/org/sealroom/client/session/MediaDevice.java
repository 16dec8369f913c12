package org.sealroom.client.session;

/** A microphone, speaker or camera the user can pick. {@code id} is stable across runs and stored in settings. */
public record MediaDevice(String id, String name, Kind kind, boolean systemDefault) {

    public enum Kind { MICROPHONE, SPEAKER, CAMERA }
}
