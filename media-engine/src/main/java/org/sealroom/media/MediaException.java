package org.sealroom.media;

/**
 * Base exception of the media engine. Library failures (FFmpeg, webrtc-java) are wrapped in a subclass of this at the
 * module edge, so callers catch one type. On a packet path these are never thrown to the transport: the stage that
 * fails drops the item and counts it.
 */
public class MediaException extends RuntimeException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
