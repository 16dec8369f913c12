package org.sealroom.media.codec;

import org.sealroom.media.MediaException;

/** An FFmpeg codec could not be loaded, opened, or refused a frame. */
public class CodecException extends MediaException {
    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
