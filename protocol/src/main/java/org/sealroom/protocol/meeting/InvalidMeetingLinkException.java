package org.sealroom.protocol.meeting;

/** A join link that cannot be used; the message is written for the user. */
public final class InvalidMeetingLinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidMeetingLinkException(String message) {
        super(message);
    }
}
