package org.sealroom.protocol.meeting;

import org.sealroom.protocol.ProtocolException;

/** A meeting message that cannot be parsed or verified. The relay can forge any message: callers count and warn. */
public final class MalformedMeetingMessageException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    public MalformedMeetingMessageException(String message) {
        super(message);
    }

    public MalformedMeetingMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
