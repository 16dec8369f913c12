package org.sealroom.protocol.wire;

/**
 * Which way a datagram travels. The direction is fed into its MAC so a datagram cannot be reflected back to the
 * side that sent it.
 */
public enum HopDirection {
    CLIENT_TO_RELAY(0x01),
    RELAY_TO_CLIENT(0x02);

    private final byte label;

    HopDirection(int label) {
        this.label = (byte) label;
    }

    byte label() {
        return label;
    }
}
