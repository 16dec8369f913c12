package org.sealroom.protocol.meeting;

/** The type byte of an SFrame-protected data message (docs/protocol.md 8.1). */
public enum DataType {
    ROSTER(0x10),
    KEY_ACK(0x11),
    ACTIVATE(0x12),
    HANDOVER(0x13),
    CHAT(0x20),
    PRIVATE_CHAT(0x21),
    POLL(0x30),
    FILE(0x31),
    REACTION(0x32),
    REMOTE_CONTROL(0x33),
    RECORDING(0x34),
    MEDIA_CONTROL(0x40),
    KEYFRAME_REQUEST(0x41);

    private final int code;

    DataType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DataType of(int code) {
        for (DataType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new MalformedMeetingMessageException("unknown data message type 0x" + Integer.toHexString(code));
    }
}
