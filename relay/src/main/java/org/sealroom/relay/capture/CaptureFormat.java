package org.sealroom.relay.capture;

import java.nio.charset.StandardCharsets;

/**
 * The capture file format (also described byte by byte in {@code docs/relay.md}). Big-endian throughout.
 *
 * <pre>
 * file header (16 bytes):
 *   8  magic "SEALCAP1" (ASCII)
 *   8  u64 relay start time, milliseconds since the Unix epoch
 * then records, each:
 *   4  u32 length of the rest of the record
 *   8  u64 receive time, microseconds since the Unix epoch
 *   4  u32 connection id (the TLS connection it came from or whose hop id it carried)
 *   1  u8  source: 1 TLS frame, 2 UDP datagram
 *   1  u8  kind: 1 control, 2 data, 3 media, 4 probe
 *   n  body: TLS frames: the frame body as received (after the version and type bytes; control messages as
 *            UTF-8 JSON with credentials redacted); UDP: the whole datagram
 * </pre>
 */
public final class CaptureFormat {
    public static final byte[] MAGIC = "SEALCAP1".getBytes(StandardCharsets.US_ASCII);
    public static final int FILE_HEADER_BYTES = 16;
    /** Bytes of a record after its length field and before its body. */
    public static final int RECORD_HEADER_BYTES = 14;

    public static final int SOURCE_TLS = 1;
    public static final int SOURCE_UDP = 2;

    public static final int KIND_CONTROL = 1;
    public static final int KIND_DATA = 2;
    public static final int KIND_MEDIA = 3;
    public static final int KIND_PROBE = 4;

    private CaptureFormat() {
    }
}
