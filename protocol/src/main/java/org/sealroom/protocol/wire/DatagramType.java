package org.sealroom.protocol.wire;

/** The type byte of a UDP datagram. */
public enum DatagramType {
    /** A media packet. */
    MEDIA(1),
    /** Client → relay: "this address is mine", answered by {@link #PROBE_ACK}; also keeps NAT bindings open. */
    PROBE(2),
    PROBE_ACK(3);

    private final int code;

    DatagramType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DatagramType fromCode(int code) {
        for (DatagramType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
