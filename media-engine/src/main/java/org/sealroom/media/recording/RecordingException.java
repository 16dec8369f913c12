package org.sealroom.media.recording;

import org.sealroom.media.MediaException;

/** A recording could not start (no space, the file cannot be written) or failed. */
public final class RecordingException extends MediaException {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
