package org.sealroom.protocol.wire;

/** The type byte of a TCP frame. */
public enum FrameType {
    /** Body: one relay control message in UTF-8 JSON. */
    CONTROL(1),
    /** Body: {@code u32 sender, u32 recipient} then the opaque end-to-end payload. */
    DATA(2),
    /** Body: {@code u32 source, u32 stream, u32 sequence, u8 flags} then the opaque media payload. */
    MEDIA(3);

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or {@code null} if there is none. */
    public static FrameType fromCode(int code) {
        for (FrameType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
