package org.sealroom.protocol.wire;

import org.sealroom.protocol.control.ErrorCode;

/** A frame in a wire-format version this side does not speak: the two programs are too far apart in age. */
public final class UnsupportedWireVersionException extends WireException {
    private static final long serialVersionUID = 1L;

    public UnsupportedWireVersionException(int version) {
        super("wire format version " + version + " is not supported (this side speaks version " + WireFormat.VERSION
                + "); update the older of the app and the relay");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.WIRE_VERSION_MISMATCH;
    }
}
