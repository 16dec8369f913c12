package org.sealroom.client.session;

/** A meeting could not be started or joined; the message is written for the user. */
public class SessionException extends Exception {
    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
