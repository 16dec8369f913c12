package org.sealroom.media.device;

import org.sealroom.media.MediaException;

/** A device or native capture facility cannot be used; {@link #status()} says why, in words fit for the app. */
public class DeviceUnavailableException extends MediaException {
    private final DeviceStatus status;

    public DeviceUnavailableException(DeviceStatus status) {
        super(status.message());
        this.status = status;
    }

    public DeviceUnavailableException(DeviceStatus status, Throwable cause) {
        super(status.message(), cause);
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }
}
