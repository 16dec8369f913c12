package org.sealroom.protocol.meeting;

/**
 * The type byte of an SFrame-protected data message (docs/protocol.md 8.1). A <em>sealed</em> type goes to one member
 * only and its body is also sealed to that member's meeting key, so the other members — who hold the epoch key that
 * protects every frame — cannot read it either.
 */
public enum DataType {
    ROSTER(0x10),
    KEY_ACK(0x11),
    ACTIVATE(0x12),
    HANDOVER(0x13),
    CHAT(0x20),
    PRIVATE_CHAT(0x21, true),
    POLL(0x30),
    FILE(0x31, true),
    REACTION(0x32),
    REMOTE_CONTROL(0x33, true),
    RECORDING(0x34),
    POLL_VOTE(0x35, true),
    MEDIA_CONTROL(0x40),
    KEYFRAME_REQUEST(0x41);

    private final int code;
    private final boolean sealed;

    DataType(int code) {
        this(code, false);
    }

    DataType(int code, boolean sealed) {
        this.code = code;
        this.sealed = sealed;
    }

    public int code() {
        return code;
    }

    /** Whether this type travels only to one member, sealed to its meeting key. */
    public boolean sealed() {
        return sealed;
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
