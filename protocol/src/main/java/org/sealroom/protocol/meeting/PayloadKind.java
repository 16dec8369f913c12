package org.sealroom.protocol.meeting;

/** The first byte of every end-to-end payload the relay carries (docs/protocol.md section 8). */
public enum PayloadKind {
    DATA(0x01),
    ANNOUNCEMENT(0x02),
    JOIN_REQUEST(0x03),
    PAKE(0x04),
    DENIAL(0x05),
    EPOCH_KEY(0x06);

    private final int code;

    PayloadKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PayloadKind of(byte[] payload) {
        if (payload.length == 0) {
            throw new MalformedMeetingMessageException("empty payload");
        }
        for (PayloadKind kind : values()) {
            if (kind.code == (payload[0] & 0xff)) {
                return kind;
            }
        }
        throw new MalformedMeetingMessageException("unknown payload kind 0x" + Integer.toHexString(payload[0] & 0xff));
    }
}
