package org.sealroom.protocol.wire;

/**
 * Sizes and constants of the Sealroom wire formats (see {@code docs/relay.md}, "Wire formats").
 *
 * <p>A TCP frame, after TLS: {@code u32 length} (bytes that follow the length field), {@code u8 version},
 * {@code u8 type}, then a body whose layout depends on the {@link FrameType}. All integers are big-endian.
 */
public final class WireFormat {
    /** Version byte carried by every frame and datagram. A change to it means an incompatible wire format. */
    public static final int VERSION = 1;
    public static final int LENGTH_FIELD_BYTES = 4;
    /** Version and type bytes, counted in the length. */
    public static final int FRAME_PREAMBLE_BYTES = 2;
    /** Default largest value of the length field a peer accepts. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024;

    private WireFormat() {
    }
}
