package org.sealroom.client.settings;

/** Settings could not be written; the message is written for the user. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
