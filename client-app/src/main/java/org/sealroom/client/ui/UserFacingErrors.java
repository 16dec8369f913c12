package org.sealroom.client.ui;

import org.sealroom.client.session.SessionException;

/** Turns a failure into one sentence for the user: session-layer messages are already written for people. */
public final class UserFacingErrors {

    private UserFacingErrors() {}

    public static String describe(Exception failure, Messages messages) {
        if (failure instanceof SessionException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return messages.get("error.unexpected", detail);
    }
}
