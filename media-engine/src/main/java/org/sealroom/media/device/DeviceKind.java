package org.sealroom.media.device;

/** The kinds of media device the engine can capture from or play to. */
public enum DeviceKind {
    CAMERA("camera"),
    MICROPHONE("microphone"),
    SPEAKERS("speakers"),
    SCREEN("screen"),
    WINDOW("window");

    private final String label;

    DeviceKind(String label) {
        this.label = label;
    }

    /** Lower-case name for messages such as "no camera found". */
    public String label() {
        return label;
    }
}
