package org.sealroom.media.device;

import org.sealroom.media.MediaException;

/** A guarded native call failed or did not answer in time. */
public class NativeCallException extends MediaException {
    public NativeCallException(String message) {
        super(message);
    }

    public NativeCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
